export declare function stateDir(env?: NodeJS.ProcessEnv): string;
export declare function configPath(env?: NodeJS.ProcessEnv): string;
export declare function parseJson5(text: string): any;
export declare function expandEnv<T>(value: T, env?: NodeJS.ProcessEnv): T;
export declare function loadConfig(opts?: { path?: string; env?: NodeJS.ProcessEnv }): any;
export declare function get(obj: any, dotted: string, fallback?: any): any;
