export type FieldType = 'string' | 'number' | 'boolean' | 'url' | 'port' | 'json';
export interface FieldSpec { type?: FieldType; default?: unknown; optional?: boolean; choices?: unknown[]; }
export interface LoadOptions { path?: string; nodeEnv?: string; override?: boolean; strict?: boolean; schema?: Record<string, FieldType | FieldSpec>; }
export declare function load(options?: LoadOptions): Record<string, any>;
export declare function parse(src: string): Record<string, string>;
export declare function expand(vars: Record<string, string>, env: Record<string, string | undefined>): Record<string, string>;
