export declare function zip(src: string, outFile: string, opts?: { level?: number }): Promise<number>;
export declare function unzip(file: string, outDir: string): Promise<number>;
export declare const native: boolean;
