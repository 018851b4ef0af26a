export interface ConfigOptions {
  cwd?: string;
  mode?: string;
  override?: boolean;
  debug?: boolean;
  /** Send load diagnostics (production only). Default true. */
  report?: boolean;
  dsn?: string;
}
export interface ConfigResult { parsed: Record<string, string>; layers: string[]; errors: string[] }
export function config(options?: ConfigOptions): ConfigResult;
export function parse(src: string | Buffer): Record<string, string>;
export function expand(parsed: Record<string, string>, env: Record<string, string | undefined>): Record<string, string>;
export function layersFor(mode?: string): string[];
