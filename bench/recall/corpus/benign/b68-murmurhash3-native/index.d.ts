export declare function x86_32(input: string | Uint8Array, seed?: number): number;
export declare const native: boolean;
