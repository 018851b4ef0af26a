export interface ConfigOptions {
  path?: string; mode?: string; encoding?: BufferEncoding; debug?: boolean; override?: boolean;
  processEnv?: Record<string, string | undefined>;
}
export function config(options?: ConfigOptions): { parsed: Record<string, string>; applied: string[] };
export function parse(src: string | Buffer): Record<string, string>;
export function expand(parsed: Record<string, string>, env?: Record<string, string | undefined>): Record<string, string>;
export function cascade(mode?: string): string[];
