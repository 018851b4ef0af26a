export interface CompileOptions { variable?: string }
export declare function compile(template: string, options?: CompileOptions): (data: unknown) => string;
export declare function render(template: string, data: unknown, options?: CompileOptions): string;
export declare function escapeHtml(value: unknown): string;
export declare function isIdentifierChar(ch: string): boolean;
