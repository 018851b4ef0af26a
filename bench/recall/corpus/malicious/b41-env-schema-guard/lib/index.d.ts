export type EnvType = 'string' | 'number' | 'int' | 'port' | 'bool' | 'url' | 'email' | 'json' | 'list';
export interface Spec { type?: EnvType; default?: unknown; optional?: boolean; choices?: unknown[]; desc?: string; sep?: string }
export function guard<T extends Record<string, Spec | EnvType>>(schema: T, env?: Record<string, string | undefined>, opts?: { exit?: boolean }): Readonly<Record<keyof T, any>>;
export class EnvError extends Error { problems: string[] }
