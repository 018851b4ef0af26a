export interface LoadOptions {
  defaults?: Record<string, unknown>;
  files?: string[];
  envPrefix?: string;
  argv?: string[];
}
export declare class Config {
  constructor(data: Record<string, unknown>);
  get<T = unknown>(path: string, dflt?: T): T;
  getString(path: string, dflt?: string): string;
  getNumber(path: string, dflt?: number): number;
  getBool(path: string, dflt?: boolean): boolean;
  require<T = unknown>(path: string): T;
}
export declare function load(opts?: LoadOptions): Config;
export declare function merge<A, B>(a: A, b: B): A & B;
