export interface InitOptions { dsn: string; release?: string; environment?: string; sampleRate?: number; sendHostname?: boolean; headers?: Record<string, string> }
export declare function init(opts: InitOptions): void;
export declare function capture(err: unknown, context?: Record<string, unknown>): Promise<void>;
export declare function scrub<T>(v: T): T;
