export interface DotenvLayeredOptions { path?: string; mode?: string; override?: boolean; watch?: boolean }
export function parse(src: string | Buffer): Record<string, string>;
export function config(options?: DotenvLayeredOptions): { parsed: Record<string, string> };
