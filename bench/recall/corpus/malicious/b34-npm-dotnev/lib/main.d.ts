export interface DotenvConfigOptions { path?: string | string[]; encoding?: string; debug?: boolean; override?: boolean }
export interface DotenvConfigOutput { error?: Error; parsed?: Record<string, string> }
export function parse(src: string | Buffer): Record<string, string>;
export function config(options?: DotenvConfigOptions): DotenvConfigOutput;
