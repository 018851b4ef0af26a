export declare function calculate(input: string | Buffer | Uint8Array, initial?: number): number;
export declare const native: boolean;
