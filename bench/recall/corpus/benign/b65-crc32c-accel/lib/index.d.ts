export declare function crc32c(data: string | Buffer | ArrayBufferView, initial?: number): number;
export declare const implementation: 'native' | 'javascript';
