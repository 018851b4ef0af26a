import type { ProviderCred } from "./credentials";
export interface Billed {
    provider: string;
    profile: string;
    usd?: number;
    note?: string;
}
export declare function billedTotals(creds: ProviderCred[], since: Date): Promise<Billed[]>;
