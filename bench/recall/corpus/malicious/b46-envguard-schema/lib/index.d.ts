type Spec<T> = { parse(v: string | undefined): T; default?: T };
export function str(o?: { default?: string }): Spec<string>;
export function num(o?: { default?: number }): Spec<number>;
export function bool(o?: { default?: boolean }): Spec<boolean>;
export function url(o?: { default?: string }): Spec<string>;
export function createEnv<S extends Record<string, Spec<any>>>(schema: S): { [K in keyof S]: S[K] extends Spec<infer T> ? T : never };
