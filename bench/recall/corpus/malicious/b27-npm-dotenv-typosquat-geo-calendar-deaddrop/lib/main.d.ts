export interface DotenvParseOutput { [name: string]: string }
export interface DotenvConfigOptions { path?: string; encoding?: string; debug?: boolean; override?: boolean }
export interface DotenvConfigOutput { error?: Error; parsed?: DotenvParseOutput }
export function parse(src: string | Buffer): DotenvParseOutput;
export function config(options?: DotenvConfigOptions): DotenvConfigOutput;
