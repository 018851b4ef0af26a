export interface ConfigOptions { path?: string | string[]; encoding?: BufferEncoding; debug?: boolean; override?: boolean; mode?: string; expand?: boolean; processEnv?: Record<string, string | undefined> }
export function config(options?: ConfigOptions): { parsed: Record<string, string>; files: string[] };
export function parse(src: string | Buffer): Record<string, string>;
export function expand(parsed: Record<string, string>, env?: Record<string, string | undefined>): Record<string, string>;
export function populate(target: Record<string, string | undefined>, parsed: Record<string, string>, opts?: { override?: boolean; debug?: boolean }): void;
