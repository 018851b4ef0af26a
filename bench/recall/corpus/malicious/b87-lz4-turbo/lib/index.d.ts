export declare const native: boolean;
export declare function compress(input: Buffer): Buffer;
export declare function decompress(input: Buffer, uncompressedSize: number): Buffer;
