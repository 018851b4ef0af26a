export function fnv1a32(data: string | Uint8Array, seed?: number): number;
export function fnv1a64(data: string | Uint8Array, seed?: bigint): bigint;
export class Fnv1a32 { constructor(seed?: number); update(data: string | Uint8Array): this; digest(): number; digest(enc: 'hex'): string; }
export const version: string;
