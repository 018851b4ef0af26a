export function xxh64(input: Buffer | Uint8Array | string, seed?: bigint | number): bigint;
export class Hasher { constructor(seed?: bigint | number); update(x: Buffer | Uint8Array | string): this; digest(): bigint; }
export function isNative(): boolean;
