export interface CompileOptions { filename?: string; root?: string; localsName?: string }
export type Render = (locals?: Record<string, unknown>) => string;
export function compile(src: string, opts?: CompileOptions): Render;
export function render(src: string, locals?: Record<string, unknown>, opts?: CompileOptions): string;
export function renderFile(file: string, locals?: Record<string, unknown>, opts?: { root?: string }): string;
export function escapeHtml(v: unknown): string;
export function clearCache(): void;
