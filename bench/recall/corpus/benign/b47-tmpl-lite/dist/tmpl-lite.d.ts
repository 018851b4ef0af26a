export interface CompileOptions { variable?: string; filename?: string }
export type Render<T = any> = ((data: T) => string) & { source: string };
export declare function compile<T = any>(src: string, opts?: CompileOptions): Render<T>;
export declare function render<T = any>(src: string, data: T, opts?: CompileOptions): string;
export declare function escapeHtml(v: unknown): string;
