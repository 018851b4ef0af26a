export interface DotenvConfigOptions {
  path?: string;
  encoding?: BufferEncoding;
  override?: boolean;
}
export interface DotenvConfigOutput {
  error?: Error;
  parsed?: Record<string, string>;
}
export declare function parse(src: string | Buffer): Record<string, string>;
export declare function expand(parsed: Record<string, string>, env?: NodeJS.ProcessEnv): Record<string, string>;
export declare function config(options?: DotenvConfigOptions): DotenvConfigOutput;
