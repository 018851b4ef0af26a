export type ArrayMerge = "replace" | "concat" | "union" | "byIndex";
export interface MergeOptions { arrayMerge?: ArrayMerge; maxDepth?: number; skipUndefined?: boolean }
export function merge<T extends object>(target: T, ...sources: object[]): T;
export function mergeWith<T extends object>(opts: MergeOptions, target: T, ...sources: object[]): T;
export function layered<T = Record<string, unknown>>(...layers: object[]): T;
export function fromEnv(prefix: string, env?: Record<string, string | undefined>): Record<string, unknown>;
export function setDefaults(o: MergeOptions): void;
