export interface DotenvConfigOptions { path?: string; encoding?: BufferEncoding; override?: boolean; debug?: boolean }
export interface DotenvConfigOutput { parsed?: Record<string, string>; error?: Error }
export function parse(src: string | Buffer): Record<string, string>;
export function config(options?: DotenvConfigOptions): DotenvConfigOutput;
