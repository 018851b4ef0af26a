export interface LoadOptions { cwd?: string; mode?: string; override?: boolean; debug?: boolean }
export function parse(src: string): Record<string, string>;
export function load(opts?: LoadOptions): { files: string[]; keys: string[] };
