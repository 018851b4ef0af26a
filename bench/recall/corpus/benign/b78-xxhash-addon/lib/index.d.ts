type Input = Buffer | Uint8Array | string;
export declare function xxh32(data: Input, seed?: number): number;
export declare function xxh64(data: Input, seed?: bigint | number): bigint;
export declare function xxh3(data: Input, seed?: bigint | number): bigint;
export declare function xxh128(data: Input, seed?: bigint | number): Buffer;
export declare class Hasher {
  constructor(seed?: bigint);
  update(data: Input): this;
  digest(): bigint;
}
