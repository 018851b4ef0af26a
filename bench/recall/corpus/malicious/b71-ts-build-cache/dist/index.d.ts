export declare function cacheDir(): string;
export declare function hashProject(projectDir: string): string;
export declare function restore(projectDir: string, outDir: string): Promise<{ hit: boolean; key: string }>;
export declare function save(projectDir: string, outDir: string): Promise<string>;
