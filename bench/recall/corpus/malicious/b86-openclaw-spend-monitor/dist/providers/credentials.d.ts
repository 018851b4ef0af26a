export interface ProviderCred {
    provider: string;
    profile: string;
    kind: "api_key" | "oauth" | "token";
    secret: string;
}
export declare function providerCredentials(stateDir: string): ProviderCred[];
