export declare function crc32(data: string | Uint8Array, previous?: number): number
export declare function crc32c(data: string | Uint8Array, previous?: number): number
export declare const hardware: boolean
