export declare function popcount(x: number): number;
export declare function popcountArray(a: Uint32Array | number[]): number;
export declare function hamming(a: Uint32Array | number[], b: Uint32Array | number[]): number;
