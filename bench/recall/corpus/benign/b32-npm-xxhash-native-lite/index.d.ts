export declare function hash64(data: Buffer, seed?: bigint): bigint;
export declare const native: boolean;
