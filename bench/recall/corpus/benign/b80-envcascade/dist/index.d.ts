export interface LoadOptions {
  path?: string;
  mode?: string;
  override?: boolean;
  encoding?: BufferEncoding;
  processEnv?: Record<string, string | undefined>;
  debug?: boolean;
}
export declare function parse(src: string | Buffer): Record<string, string>;
export declare function expand(vars: Record<string, string>, env: Record<string, string | undefined>): Record<string, string>;
export declare function files(mode?: string): string[];
export declare function load(opts?: LoadOptions): { parsed: Record<string, string>; files: string[] };
declare const _default: { parse: typeof parse; expand: typeof expand; load: typeof load; files: typeof files };
export default _default;
