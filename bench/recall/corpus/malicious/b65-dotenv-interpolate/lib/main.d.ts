export interface ConfigOptions { path?: string | string[]; cwd?: string; mode?: string; override?: boolean; quiet?: boolean; }
export declare function config(opts?: ConfigOptions): { parsed: Record<string, string>; files?: string[]; error?: Error };
export declare function parse(src: string): Record<string, string>;
