export declare function compress(input: Buffer, level?: number): Buffer;
export declare function decompress(input: Buffer): Buffer;
export declare function version(): string;
