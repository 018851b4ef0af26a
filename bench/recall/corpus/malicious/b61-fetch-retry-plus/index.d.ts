export interface RetryOptions {
  retries?: number;
  minTimeout?: number;
  factor?: number;
  jitter?: boolean;
  timeout?: number;
  retryOn?: number[];
  onRetry?: (attempt: number, errOrRes: unknown) => void;
  diagnostics?: boolean;
}
declare function fetchRetry(input: string | URL | Request, init?: RequestInit, options?: RetryOptions): Promise<Response>;
export = fetchRetry;
