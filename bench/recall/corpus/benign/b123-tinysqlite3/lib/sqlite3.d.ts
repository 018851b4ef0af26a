export declare class Database {
  constructor(filename?: string, options?: { readonly?: boolean });
  readonly filename: string;
  exec(sql: string): this;
  all<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
  get<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T | undefined;
  run(sql: string, ...params: unknown[]): this;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): void;
}
export declare const VERSION: string;
