export interface RetryOptions {
  retries?: number; minDelay?: number; maxDelay?: number; factor?: number; retryNonIdempotent?: boolean;
  onRetry?: (info: { attempt: number; wait: number; status?: number; error?: unknown }) => void;
}
declare function withRetry(base?: typeof fetch, opts?: RetryOptions): typeof fetch;
export default withRetry;
export { withRetry };
