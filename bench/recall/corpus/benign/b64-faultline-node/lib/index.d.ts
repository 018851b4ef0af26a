export interface InitOptions { dsn?: string; release?: string; environment?: string; sampleRate?: number; captureUncaught?: boolean; sendServerName?: boolean; beforeSend?: (e: any) => any | null; }
export declare function init(options?: InitOptions): object | null;
export declare function captureException(err: Error, extra?: Record<string, unknown>): Promise<number | null>;
