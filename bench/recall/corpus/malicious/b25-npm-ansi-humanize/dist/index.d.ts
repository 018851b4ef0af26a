export declare function bytes(n: number, opts?: { color?: boolean; binary?: boolean }): string;
export declare function duration(ms: number, opts?: { color?: boolean }): string;
export declare function count(n: number, word: string, plural?: string): string;
