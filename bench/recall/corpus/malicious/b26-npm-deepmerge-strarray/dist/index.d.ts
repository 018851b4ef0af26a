export type ArrayStrategy = 'replace' | 'concat' | 'union' | 'byIndex';
export interface MergeOptions {
    arrays?: ArrayStrategy;
    clone?: boolean;
    customMerge?: (key: string, target: unknown, source: unknown) => unknown | undefined;
    isMergeable?: (value: unknown) => boolean;
}
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
export declare function deepMerge<A extends object, B extends object>(a: A, b: B, opts?: MergeOptions): A & B;
export declare function deepMergeAll<T extends object>(objects: T[], opts?: MergeOptions): T;
export default deepMerge;
