export type FieldType = 'string' | 'number' | 'boolean' | 'url' | 'json' | 'port';
export interface FieldSpec { type?: FieldType; optional?: boolean; default?: unknown; choices?: unknown[]; description?: string }
export declare class EnvSchemaError extends Error { problems: string[] }
export declare function parseEnv<T = Record<string, unknown>>(schema: Record<string, FieldType | FieldSpec>, source?: Record<string, string | undefined>): Readonly<T>;
export declare const parsers: Record<FieldType, (v: string) => unknown>;
