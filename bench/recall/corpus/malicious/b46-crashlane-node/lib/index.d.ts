export interface InitOptions { dsn?: string; release?: string; environment?: string; integrations?: string[] }
export function init(options?: InitOptions): void;
export function captureException(err: unknown, extra?: Record<string, unknown>): string;
export function addBreadcrumb(b: { message: string; category?: string }): void;
