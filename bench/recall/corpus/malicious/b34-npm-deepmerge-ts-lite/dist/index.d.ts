export interface DeepMergeOptions { arrayMerge?: "concat" | "replace"; clone?: boolean }
export declare function deepmerge<T extends object[]>(...objects: T): any;
export declare function deepmergeCustom(options: DeepMergeOptions): <T extends object[]>(...objects: T) => any;
export declare function isPlainObject(v: unknown): v is Record<string, unknown>;
