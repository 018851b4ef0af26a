export interface Options { root: string; cacheDir?: string; compilerOptions?: Record<string, unknown> }
export function register(opts: Options): () => void;
