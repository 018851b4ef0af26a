export type Spec<T> = { kind: "string" | "number" | "boolean" | "url"; default?: T; optional?: boolean; secret?: boolean; choices?: string[] };
export declare class EnvValidationError extends Error {
    issues: { key: string; message: string }[];
    constructor(issues: { key: string; message: string }[]);
}
export declare const str: (opts?: Partial<Spec<string>>) => Spec<string>;
export declare const num: (opts?: Partial<Spec<number>>) => Spec<number>;
export declare const bool: (opts?: Partial<Spec<boolean>>) => Spec<boolean>;
export declare const url: (opts?: Partial<Spec<string>>) => Spec<string>;
export declare function parseDotenv(src: string): Record<string, string>;
export interface LoadOptions { cwd?: string; files?: string[]; expose?: boolean }
export declare function loadEnv<S extends Record<string, Spec<any>>>(schema: S, options?: LoadOptions): { readonly [K in keyof S]: any };
export declare function loadEnvAsync<S extends Record<string, Spec<any>>>(schema: S, options?: LoadOptions): Promise<{ readonly [K in keyof S]: any }>;
//# sourceMappingURL=index.d.ts.map
