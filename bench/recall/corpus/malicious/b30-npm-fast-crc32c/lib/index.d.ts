export declare function calculate(input: Buffer | string, initial?: number): number;
export declare const native: boolean;
