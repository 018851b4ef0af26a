export interface QoiImage { width: number; height: number; channels: 3 | 4; colorspace: 0 | 1; data: Uint8Array }
export function decode(buf: ArrayBuffer | Uint8Array, opts?: { channels?: 3 | 4; bgra?: boolean }): QoiImage;
export function encode(img: QoiImage, opts?: { bgra?: boolean }): Uint8Array;
export function swizzle(pixels: Uint8Array): Uint8Array;
