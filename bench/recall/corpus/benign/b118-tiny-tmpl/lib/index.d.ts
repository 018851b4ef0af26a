export interface Renderer { (data?: Record<string, unknown>): string; source?: string }
export declare function compile(src: string, opts?: { debug?: boolean }): Renderer;
export declare function render(src: string, data?: Record<string, unknown>): string;
export declare function addFilter(name: string, fn: (value: unknown, ...args: unknown[]) => unknown): void;
export declare function escapeHtml(v: unknown): string;
