type Input = string | ArrayBuffer | ArrayBufferView;
export declare function init(): Promise<unknown>;
export declare function compress(data: Input, opts?: { quality?: number }): Promise<Buffer>;
export declare function decompress(data: Input): Promise<Buffer>;
export declare const simd: boolean;
