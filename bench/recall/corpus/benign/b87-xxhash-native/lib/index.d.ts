export declare const native: boolean;
export declare function xxh64(input: Buffer | string, seed?: bigint | number): bigint;
export declare function xxh64hex(input: Buffer | string, seed?: bigint | number): string;
