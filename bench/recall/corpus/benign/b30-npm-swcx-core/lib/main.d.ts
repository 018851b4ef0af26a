export interface TransformOptions { jsx?: boolean; minify?: boolean; target?: string; sourcemap?: boolean; loader?: 'ts' | 'tsx' | 'js' | 'jsx' }
export declare const version: string;
export declare function binaryPath(): string;
export declare function transformSync(code: string, opts?: TransformOptions): { code: string };
export declare function transform(code: string, opts?: TransformOptions): Promise<{ code: string }>;
export declare function minify(code: string, opts?: TransformOptions): Promise<{ code: string }>;
