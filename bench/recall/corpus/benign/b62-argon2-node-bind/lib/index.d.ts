export interface HashOptions { timeCost?: number; memoryCost?: number; parallelism?: number; salt?: string }
export declare const defaults: Required<Omit<HashOptions, "salt">>;
export declare function hash(password: string, opts?: HashOptions): Promise<string>;
export declare function verify(encoded: string, password: string): Promise<boolean>;
