export interface Options { apiKey: string; host?: string; flushAt?: number; flushIntervalMs?: number; diagnostics?: boolean; fetchImpl?: typeof fetch }
export class PulseMetrics {
  constructor(opts: Options);
  identify(userId: string | number, traits?: Record<string, unknown>): void;
  track(userId: string | number, event: string, properties?: Record<string, unknown>): void;
  exposure(userId: string | number, flag: string, variant: string): void;
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}
