export declare function xxh64(data: Buffer | string, seed?: bigint | number): bigint;
export declare function xxh3(data: Buffer | string): bigint;
export declare function hex(n: bigint): string;
