/// <reference types="node" />
export function crc32c(buf: Buffer | Uint8Array | string, initial?: number): number;
export const native: boolean;
