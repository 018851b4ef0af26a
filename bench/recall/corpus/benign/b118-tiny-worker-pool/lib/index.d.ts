import { ResourceLimits } from 'worker_threads';
export interface PoolOptions { size?: number; timeoutMs?: number; resourceLimits?: ResourceLimits }
export declare class Pool {
  constructor(opts?: PoolOptions);
  exec<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, args?: A, opts?: { timeoutMs?: number }): Promise<R>;
  run<R = unknown>(modulePath: string, exportName?: string, args?: unknown[], opts?: { timeoutMs?: number }): Promise<R>;
  destroy(): Promise<void>;
}
export declare function createPool(opts?: PoolOptions): Pool;
