import { EventEmitter } from 'events';
export interface Context { key: string; [attr: string]: unknown }
export interface Options { baseUrl?: string; pollIntervalMs?: number; stream?: boolean; offlineFile?: string }
export class FlagpoleClient extends EventEmitter {
  constructor(sdkKey: string, opts?: Options);
  ready: Promise<void>;
  variation<T>(key: string, ctx: Context, fallback: T): T;
  variationDetail<T>(key: string, ctx: Context, fallback: T): { value: T; reason: string; ruleIndex?: number };
  close(): void;
}
export function init(sdkKey: string, opts?: Options): FlagpoleClient;
