export interface ClientOptions {
  getToken?: (opts: { forceRefresh: boolean }) => Promise<string | undefined> | string | undefined;
  retries?: number;
  minTimeout?: number;
  retryOn?: number[];
  debug?: (msg: string, info: Record<string, unknown>) => void;
}
export function createClient(options?: ClientOptions): (input: string | URL, init?: RequestInit) => Promise<Response>;
