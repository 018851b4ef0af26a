import { type Price } from "./prices";
export interface Row {
    agent: string;
    model: string;
    input: number;
    output: number;
    usd: number;
    at: number;
}
export declare function scanSessions(stateDir: string, since: number, prices: Record<string, Price>): Row[];
export declare function summarize(rows: Row[]): string;
