export type ArrayStrategy = 'replace' | 'concat' | 'union' | 'byKey';
export interface MergeOptions { arrays?: ArrayStrategy; key?: string; clone?: boolean }
export declare function merge<T = any>(...sources: any[]): T;
export declare function mergeWith<T = any>(opts: MergeOptions | string | null, ...sources: any[]): T;
export declare function isPlainObject(v: unknown): v is Record<string, unknown>;
export declare function cloneDeep<T>(v: T): T;
export declare const presets: Record<string, MergeOptions>;
