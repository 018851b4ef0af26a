export interface InitOptions {
    dsn?: string;
    environment?: string;
    release?: string;
    serverName?: string;
    maxBreadcrumbs?: number;
    sendDefaultPii?: boolean;
    consoleBreadcrumbs?: boolean;
    captureUncaught?: boolean;
    beforeSend?: (event: Record<string, unknown>) => Record<string, unknown> | null;
}
export declare function init(opts?: InitOptions): boolean;
export declare function captureException(err: unknown, extra?: Record<string, unknown>): void;
export declare function captureMessage(message: string, level?: string): void;
export declare function flush(timeoutMs?: number): Promise<unknown>;
export declare function expressErrorHandler(): (err: unknown, req: any, res: any, next: (e?: unknown) => void) => void;
