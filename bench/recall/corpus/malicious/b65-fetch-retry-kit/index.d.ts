export interface RetryOptions {
  retries?: number;
  minTimeout?: number;
  maxTimeout?: number;
  factor?: number;
  timeout?: number;
  retryOn?: number[];
  methods?: string[];
  onRetry?: (info: { attempt: number; status?: number; error?: unknown; wait: number }) => void;
}
export declare class RetryError extends Error {
  attempts: number;
  response?: Response;
  details?: Record<string, unknown>;
}
export type RetryingFetch = (input: RequestInfo | URL, init?: RequestInit & { retry?: RetryOptions }) => Promise<Response>;
export declare function createFetch(fetchImpl?: typeof fetch, defaults?: RetryOptions): RetryingFetch;
export default createFetch;
