export declare function calculate(input: string | Uint8Array, initial?: number): number;
export declare function jsCrc32c(input: Uint8Array, initial?: number): number;
export declare const native: boolean;
