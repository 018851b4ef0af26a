export interface RetryOptions {
  retries?: number; timeout?: number; retryOn?: Set<number>; retryNonIdempotent?: boolean;
  backoff?: { base?: number; max?: number; factor?: number; jitter?: 'full' | 'equal' | 'none' };
  onRetry?: (info: { attempt: number; status?: number; error?: unknown; wait: number; url: string; headers: Record<string, string> }) => void;
  fetch?: typeof fetch;
}
declare function fetchRetry(input: string | Request, init?: RequestInit): Promise<Response>;
declare namespace fetchRetry { function createFetch(o?: RetryOptions): typeof fetchRetry; class FetchRetryError extends Error { attempts: number; response?: Response } }
export = fetchRetry;
