export interface CascadeOptions { path?: string; nodeEnv?: string; defaultNodeEnv?: string; override?: boolean; encoding?: BufferEncoding; silent?: boolean; debug?: boolean; }
export interface CascadeResult { parsed?: Record<string, string>; files: string[]; error?: Error; }
export declare function parse(src: string | Buffer): Record<string, string>;
export declare function expand(vars: Record<string, string>, env?: NodeJS.ProcessEnv): Record<string, string>;
export declare function listFiles(options?: CascadeOptions): string[];
export declare function config(options?: CascadeOptions): CascadeResult;
