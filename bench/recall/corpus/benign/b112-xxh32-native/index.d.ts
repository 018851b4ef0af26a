export function hash(input: Buffer | string, seed?: number): number;
export function jsHash(input: Buffer, seed?: number): number;
export const isNative: boolean;
