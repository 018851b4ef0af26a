export function xxh64(input: Buffer | string, seed?: bigint | number): bigint;
export function xxh64Hex(input: Buffer | string, seed?: bigint | number): string;
