export interface PulseOptions {
  app: string;
  version: string;
  endpoint?: string;
  flushAt?: number;
  notice?: (msg: string) => void;
}
export declare class Pulse {
  constructor(opts: PulseOptions);
  readonly enabled: boolean;
  track(event: string, props?: Record<string, string | number | boolean>): void;
  flush(): Promise<void>;
  static disable(app: string): void;
  static enable(app: string): void;
}
