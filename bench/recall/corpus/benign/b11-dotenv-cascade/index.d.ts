export declare function parse(src: string): Record<string, string>;
export declare function load(o?: { dir?: string; mode?: string; override?: boolean }): { parsed: Record<string, string>; files: string[] };
