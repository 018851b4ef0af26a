export declare function crc32(data: Uint8Array | string, seed?: number): number;
export declare function crc32c(data: Uint8Array | string, seed?: number): number;
export declare const backend: "wasm" | "js";
