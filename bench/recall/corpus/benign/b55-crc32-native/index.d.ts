export function crc32(data: string | Uint8Array, seed?: number): number;
export function crc32c(data: string | Uint8Array, seed?: number): number;
export const native: boolean;
