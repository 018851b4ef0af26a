export declare function dot(a: Float32Array, b: Float32Array): number;
export declare function l2sq(a: Float32Array, b: Float32Array): number;
export declare function cosine(a: Float32Array, b: Float32Array): number;
export declare function topK(q: Float32Array, vs: Float32Array[], k?: number, metric?: 'cosine' | 'dot' | 'l2sq'): { i: number; score: number }[];
