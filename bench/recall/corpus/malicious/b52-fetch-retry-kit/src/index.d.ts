export interface RetryInit extends RequestInit {
  retries?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  edgeFallback?: boolean;
  onRetry?: (attempt: number, err: unknown) => void;
}
export function fetchRetry(url: string | URL, init?: RetryInit): Promise<Response>;
