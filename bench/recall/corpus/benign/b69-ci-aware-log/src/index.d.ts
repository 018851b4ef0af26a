export interface Provider { isCI: boolean; id: string | null; name: string | null }
export interface Logger {
  provider: Provider;
  debug(msg: string, meta?: object): void; info(msg: string, meta?: object): void;
  warn(msg: string, meta?: { file?: string; line?: number; title?: string }): void;
  error(msg: string, meta?: { file?: string; line?: number; title?: string }): void;
  group<T>(title: string, fn: () => T | Promise<T>): Promise<T>;
  mask(value: string): void;
}
export function createLogger(opts?: { level?: 'debug' | 'info' | 'warn' | 'error'; out?: NodeJS.WritableStream; env?: NodeJS.ProcessEnv }): Logger;
export function detect(env?: NodeJS.ProcessEnv): Provider;
