export interface FieldOpts<T> { default?: T; optional?: boolean; desc?: string; choices?: T[] }
export declare class Field<T = string> { kind: string; opts: FieldOpts<T>; readonly optional: boolean; parse(raw: string | undefined, key: string): T }
export declare function str(o?: FieldOpts<string>): Field<string>;
export declare function num(o?: FieldOpts<number>): Field<number>;
export declare function bool(o?: FieldOpts<boolean>): Field<boolean>;
export declare function url(o?: FieldOpts<string>): Field<string>;
export declare function json<T = unknown>(o?: FieldOpts<T>): Field<T>;
export declare function port(o?: FieldOpts<number>): Field<number>;
export declare function oneOf<T extends string>(choices: T[], o?: FieldOpts<T>): Field<T>;
type Out<S> = { readonly [K in keyof S]: S[K] extends Field<infer T> ? T : never } & { isProduction: boolean; isDev: boolean };
export declare function cleanEnv<S extends Record<string, Field<any>>>(spec: S, source?: Record<string, string | undefined>): Out<S>;
export declare class EnvValidationError extends Error { issues: { key: string; message: string }[] }
