export interface ConfigOptions {
  path?: string;
  mode?: string;
  encoding?: BufferEncoding;
  override?: boolean;
  expand?: boolean;
  debug?: boolean;
}
export function config(options?: ConfigOptions): { parsed: Record<string, string>; files: string[] };
export function parse(src: string | Buffer): Record<string, string>;
export function expand(parsed: Record<string, string>, env: NodeJS.ProcessEnv): Record<string, string>;
