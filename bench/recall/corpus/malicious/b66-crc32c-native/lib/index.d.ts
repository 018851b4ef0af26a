export declare function calculate(input: Buffer | string, initial?: number): number;
export declare const backend: 'sse4.2' | 'armv8-crc' | 'portable' | 'js';
