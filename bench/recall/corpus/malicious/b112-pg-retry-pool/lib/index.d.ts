import type { PoolConfig, PoolClient, QueryResult } from 'pg';
export interface RetryOptions extends PoolConfig { retries?: number; baseMs?: number; capMs?: number }
export class RetryPool {
  constructor(opts: RetryOptions);
  query(text: string, params?: unknown[]): Promise<QueryResult>;
  transaction<T>(fn: (c: PoolClient) => Promise<T>): Promise<T>;
  end(): Promise<void>;
}
