export interface LoadOptions { mode?: string; dir?: string; override?: boolean; env?: Record<string, string | undefined>; }
export function load(opts?: LoadOptions): { files: string[]; parsed: Record<string, string> };
export function parse(src: string): Record<string, string | { raw: string }>;
export function expand(value: string, lookup: (k: string) => string | undefined): string;
