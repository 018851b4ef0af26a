export interface Validator<T> { parse(raw: string | undefined, key: string): T; }
export function str(opts?: { default?: string; choices?: string[] }): Validator<string>;
export function num(opts?: { default?: number }): Validator<number>;
export function bool(opts?: { default?: boolean }): Validator<boolean>;
export function url(opts?: { default?: string }): Validator<string>;
export function assertEnv<S extends Record<string, Validator<any>>>(schema: S, env?: NodeJS.ProcessEnv): { [K in keyof S]: ReturnType<S[K]['parse']> };
