export function xxh64(data: Buffer | string, seed?: bigint | number): bigint;
export function xxh3(data: Buffer | string): bigint;
export function hex(v: bigint): string;
