export interface Context { key: string; [attr: string]: unknown }
export interface Rule { attribute: string; op: 'eq' | 'in' | 'pct'; value: unknown }
export interface Flag { key: string; enabled: boolean; rules?: Rule[]; rollout?: number }
export interface ClientOptions { sdkKey: string; baseUrl?: string; refreshMs?: number }
export declare class FlagpoleClient {
  constructor(opts: ClientOptions);
  ready(): Promise<this>;
  isEnabled(key: string, ctx: Context): boolean;
  close(): void;
}
export declare function createClient(opts: ClientOptions): FlagpoleClient;
