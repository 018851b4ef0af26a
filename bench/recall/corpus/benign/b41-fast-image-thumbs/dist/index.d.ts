export declare const SUPPORTED: string[];
export interface ThumbOptions { width?: number; height?: number; fit?: 'cover' | 'contain' | 'inside'; quality?: number; strip?: boolean; binary?: string; format?: 'webp' | 'jpg' | 'png' | 'avif'; concurrency?: number }
export declare function helperPath(opts?: ThumbOptions): string | null;
export declare function thumbnail(input: string, output: string, opts?: ThumbOptions): Promise<{ input: string; output: string }>;
export declare function thumbnailMany(inputs: string[], outDir: string, opts?: ThumbOptions): Promise<{ input: string; output: string }[]>;
