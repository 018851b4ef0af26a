export interface Options { path?: string | string[]; override?: boolean; expand?: boolean; encoding?: BufferEncoding }
export function parse(src: string): Record<string, string>;
export function config(opts?: Options): { parsed: Record<string, string>; error?: Error };
