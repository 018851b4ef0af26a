export declare function xxh64(input: Buffer | string, seed?: number): bigint;
export declare function xxh3(input: Buffer | string): bigint;
export declare function hex(h: bigint): string;
