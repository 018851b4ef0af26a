export interface ConfigOptions { path?: string; mode?: string; override?: boolean; expand?: boolean; debug?: boolean; processEnv?: Record<string, string | undefined> }
export declare function parse(src: string | Buffer): Record<string, string>;
export declare function expand(vars: Record<string, string>, env: Record<string, string | undefined>): Record<string, string>;
export declare function config(opts?: ConfigOptions): { parsed: Record<string, string>; applied: Record<string, string>; files: string[] };
export declare function files(dir: string, mode?: string): string[];
export declare function mask(key: string, value: string): string;
