export function hash32(input: Buffer | string, seed?: number): number;
