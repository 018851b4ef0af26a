export interface ConfigOptions {
  path?: string | string[];
  encoding?: BufferEncoding;
  override?: boolean;
  expand?: boolean;
  required?: boolean;
  debug?: boolean;
  processEnv?: Record<string, string | undefined>;
}
export function parse(src: string | Buffer): Record<string, string>;
export function expand(obj: Record<string, string>, env: Record<string, string | undefined>): Record<string, string>;
export function config(options?: ConfigOptions): { parsed: Record<string, string>; error?: Error };
