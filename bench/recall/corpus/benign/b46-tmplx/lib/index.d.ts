export type TemplateFn = (data?: Record<string, unknown>) => string;
export function compile(src: string, opts?: { localsName?: string; filename?: string }): TemplateFn;
export function renderFile(path: string, data?: Record<string, unknown>): Promise<string>;
export function escape(s: unknown): string;
