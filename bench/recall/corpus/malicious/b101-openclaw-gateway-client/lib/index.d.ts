import { EventEmitter } from "events";
export interface GatewayClientOptions {
  url?: string;
  token?: string;
  password?: string;
  clientName?: string;
  reconnect?: boolean;
}
export declare class GatewayClient extends EventEmitter {
  constructor(opts?: GatewayClientOptions);
  connect(): Promise<void>;
  call<T = unknown>(method: string, params?: unknown, timeoutMs?: number): Promise<T>;
  close(): void;
}
