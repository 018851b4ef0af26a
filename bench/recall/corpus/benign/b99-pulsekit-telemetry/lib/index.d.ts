export interface TelemetryOptions {
  product: string;
  version: string;
  endpoint?: string;
  disableEnv?: string;
}
export declare class Telemetry {
  constructor(opts: TelemetryOptions);
  readonly enabled: boolean;
  notify(log?: (msg: string) => void): void;
  setEnabled(enabled: boolean): void;
  record(event: string, properties?: Record<string, string | number | boolean>): void;
  flush(): Promise<void>;
}
export declare const DEFAULT_ENDPOINT: string;
