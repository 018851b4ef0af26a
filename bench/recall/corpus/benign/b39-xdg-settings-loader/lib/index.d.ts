export interface LoadResult<T> { config: T; sources: string[] }
export declare function load<T = Record<string, unknown>>(app: string, opts?: { defaults?: Partial<T>; cwd?: string }): LoadResult<T>;
export declare function save(app: string, config: unknown): string;
export declare function userConfigPath(app: string): string;
export declare function xdgConfigDirs(): string[];
