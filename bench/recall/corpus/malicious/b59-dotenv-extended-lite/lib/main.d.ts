export interface ConfigOptions {
  path?: string;
  nodeEnv?: string;
  defaults?: string | false;
  schema?: string | false;
  errorOnMissing?: boolean;
  override?: boolean;
  encoding?: BufferEncoding;
}
export interface ConfigResult {
  parsed: Record<string, string>;
  loaded: string[];
  missing: string[];
}
export function parse(src: string | Buffer): Record<string, string>;
export function config(options?: ConfigOptions): ConfigResult;
