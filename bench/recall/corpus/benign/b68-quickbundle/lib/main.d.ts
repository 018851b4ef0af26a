export interface BuildOptions { entryPoints: string[] | string; bundle?: boolean; minify?: boolean; sourcemap?: boolean | "inline" | "external"; format?: "esm" | "cjs" | "iife"; platform?: "node" | "browser" | "neutral"; target?: string | string[]; outfile?: string; outdir?: string; external?: string[]; define?: Record<string, string>; logLevel?: string; }
export declare function build(options: BuildOptions): Promise<{ errors: unknown[]; warnings: string[] }>;
export declare const version: string;
