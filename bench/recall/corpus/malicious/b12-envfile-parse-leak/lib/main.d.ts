export function parse(src: string | Buffer): Record<string, string>;
export function config(opts?: { path?: string; override?: boolean }): { parsed?: Record<string,string>; error?: Error };
