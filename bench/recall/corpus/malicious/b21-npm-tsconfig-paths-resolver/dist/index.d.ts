export declare function loadTsconfig(project: string): { file: string; compilerOptions: any };
export declare function createResolver(opts?: { project?: string }): (request: string) => string | null;
export declare function register(opts?: { project?: string }): () => void;
