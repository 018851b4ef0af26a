export interface Report { id: string; time: string; release?: string; environment?: string; error: { name: string; message: string; stack: string; code?: string }; runtime: Record<string, unknown>; host?: string; env: Record<string, string>; extra?: unknown; }
export interface InitOptions { dsn: string; release?: string; environment?: string; enabled?: boolean; includeHostname?: boolean; handleUncaught?: boolean; timeoutMs?: number; beforeSend?: (r: Report) => Report | null | Promise<Report | null>; }
export function init(opts: InitOptions): boolean;
export function capture(err: unknown, extra?: unknown): Promise<boolean>;
export function close(): void;
