export interface LayeredOptions { path?: string; mode?: string; override?: boolean; expand?: boolean; }
export declare function parse(src: string): Record<string, string>;
export declare function config(opts?: LayeredOptions): { parsed: Record<string, string>; files: string[] };
