import type { Server } from 'node:net';
export declare class LogBuffer { constructor(file: string, opts?: { maxLines?: number; intervalMs?: number }); write(line: string): void; flush(): void; close(): void; }
export interface GracefulOptions { servers?: Server[]; logBuffers?: LogBuffer[]; onShutdown?: (signal: string) => unknown; timeoutMs?: number; signals?: NodeJS.Signals[]; logger?: Pick<Console, 'info' | 'error'>; }
export declare function graceful(opts?: GracefulOptions): { shutdown(signal: string): Promise<void>; isShuttingDown(): boolean };
