export declare function hash32(input: Buffer | ArrayBufferView | string, seed?: number): number;
export declare function hex32(input: Buffer | ArrayBufferView | string, seed?: number): string;
export declare const native: boolean;
