export interface CompileOptions { variable?: string; escape?: boolean; cache?: boolean }
export type Render = (data?: Record<string, unknown>) => string;
export declare function compile(source: string, options?: CompileOptions): Render;
export declare function render(source: string, data?: Record<string, unknown>, options?: CompileOptions): string;
export declare function escapeHtml(value: unknown): string;
