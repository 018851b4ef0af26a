export interface JsonPoolOptions { size?: number; minBytes?: number }
export declare class JsonPool {
  constructor(opts?: JsonPoolOptions);
  parse<T = unknown>(text: string): Promise<T>;
  stringify(value: unknown, replacer?: null, space?: number | string): Promise<string>;
  close(): Promise<void>;
}
