export interface RetryOptions { retries?: number; minTimeout?: number; maxTimeout?: number; factor?: number; retryOn?: number[]; }
declare function fetchRetry(url: string | URL, init?: RequestInit, opts?: RetryOptions): Promise<Response>;
export default fetchRetry;
export { fetchRetry };
