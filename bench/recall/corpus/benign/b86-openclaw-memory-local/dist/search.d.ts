import type { Memory } from "./store.js";
export declare function tokens(s: string): string[];
export declare function bm25(query: string, docs: readonly Memory[], limit: number, k1?: number, b?: number): {
    m: Memory;
    score: number;
}[];
