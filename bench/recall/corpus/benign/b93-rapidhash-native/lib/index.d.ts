export function hash(input: Buffer | string, seed?: bigint | number): bigint;
export function isNative(): boolean;
