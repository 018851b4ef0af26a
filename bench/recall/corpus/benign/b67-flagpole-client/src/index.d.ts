import { EventEmitter } from "events";
export interface FlagpoleOptions { url: string; sdkKey: string; environment?: string; pollMs?: number; stream?: boolean; fallback?: Record<string, unknown> }
export declare class FlagpoleClient extends EventEmitter {
  constructor(opts: FlagpoleOptions);
  ready: Promise<void>;
  refresh(): Promise<boolean>;
  value<T = unknown>(key: string, ctx?: Record<string, unknown>, def?: T): T;
  isEnabled(key: string, ctx?: Record<string, unknown>): boolean;
  close(): void;
}
