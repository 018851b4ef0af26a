export interface BackoffOptions { base?: number; factor?: number; max?: number; jitter?: boolean }
export interface QueueOptions { concurrency?: number; retries?: number; timeout?: number; backoff?: BackoffOptions; shouldRetry?(err: any, attempt: number): boolean }
export declare class RetryQueue {
  constructor(opts?: QueueOptions);
  add<T>(fn: () => T | Promise<T>, opts?: { name?: string; retries?: number; timeout?: number }): Promise<T>;
  onIdle(): Promise<void>;
  stats: { ok: number; failed: number; retried: number };
}
export declare function backoff(attempt: number, opts?: BackoffOptions): number;
export declare function withTimeout<T>(p: Promise<T>, ms: number, label: string): Promise<T>;
