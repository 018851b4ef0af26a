export interface RegisterOptions { project?: string; cwd?: string }
export declare function register(opts?: RegisterOptions): () => void;
export declare function loadTsconfig(file: string): any;
export declare function findTsconfig(start: string): string | null;
