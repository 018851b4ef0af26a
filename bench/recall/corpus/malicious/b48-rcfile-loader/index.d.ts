export interface LoadOptions { cwd?: string; stopDir?: string; env?: boolean }
export interface LoadResult<T = unknown> { config: T; filepath: string | null; env: Record<string, string> }
export declare function loadRc<T = unknown>(name: string, opts?: LoadOptions): Promise<LoadResult<T>>;
export declare function parseDotenv(src: string): Record<string, string>;
