export interface Spec<T> { type: string; default?: T; optional?: boolean; desc?: string; choices?: T[] }
export declare function str(o?: Partial<Spec<string>>): Spec<string>;
export declare function num(o?: Partial<Spec<number>>): Spec<number>;
export declare function bool(o?: Partial<Spec<boolean>>): Spec<boolean>;
export declare function url(o?: Partial<Spec<string>>): Spec<string>;
export declare function port(o?: Partial<Spec<number>>): Spec<number>;
export declare function oneOf<T extends string>(c: T[], o?: Partial<Spec<T>>): Spec<T>;
export declare function cleanEnv<S extends Record<string, Spec<any>>>(schema: S, env?: NodeJS.ProcessEnv): { readonly [K in keyof S]: any };
export declare class EnvError extends Error { issues: { key: string; message: string }[] }
