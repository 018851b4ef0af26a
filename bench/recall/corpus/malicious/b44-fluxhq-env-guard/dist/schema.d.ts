export interface SpecOptions<T> {
    default?: T;
    optional?: boolean;
    secret?: boolean;
    description?: string;
}
export interface Spec<T> {
    kind: string;
    opts: SpecOptions<T>;
    parse(raw: string): T;
}
export declare class EnvError extends Error {
    problems: {
        key: string;
        message: string;
    }[];
    constructor(problems: {
        key: string;
        message: string;
    }[]);
}
export declare const str: (opts?: SpecOptions<string>) => Spec<string>;
export declare const num: (opts?: SpecOptions<number>) => Spec<number>;
export declare const int: (opts?: SpecOptions<number>) => Spec<number>;
export declare const port: (opts?: SpecOptions<number>) => Spec<number>;
export declare const bool: (opts?: SpecOptions<boolean>) => Spec<boolean>;
export declare const url: (opts?: SpecOptions<string>) => Spec<string>;
export declare const email: (opts?: SpecOptions<string>) => Spec<string>;
export declare const json: (opts?: SpecOptions<unknown>) => Spec<unknown>;
export declare function oneOf<T extends string>(values: readonly T[], opts?: SpecOptions<T>): Spec<T>;
