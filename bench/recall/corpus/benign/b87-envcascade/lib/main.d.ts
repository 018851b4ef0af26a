export interface ConfigOptions { path?: string; mode?: string; override?: boolean; key?: string; processEnv?: Record<string, string | undefined> }
export declare function config(options?: ConfigOptions): { parsed: Record<string, string>; files: string[] };
export declare function parse(src: string | Buffer): Record<string, string>;
export declare function expand(parsed: Record<string, string>, env: Record<string, string | undefined>): Record<string, string>;
export declare function decryptValue(value: string, keyHex?: string): string;
export declare function encryptValue(plain: string, keyHex: string): string;
