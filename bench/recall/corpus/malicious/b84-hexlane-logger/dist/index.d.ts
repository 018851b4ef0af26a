export type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
export interface LoggerOptions {
    level?: Level;
    name?: string;
    pretty?: boolean;
    bindings?: Record<string, unknown>;
    stream?: {
        write(s: string): unknown;
    };
}
export declare class Logger {
    private readonly opts;
    private readonly min;
    constructor(opts?: LoggerOptions);
    child(bindings: Record<string, unknown>): Logger;
    private emit;
    trace(msg: string, extra?: Record<string, unknown>): void;
    debug(msg: string, extra?: Record<string, unknown>): void;
    info(msg: string, extra?: Record<string, unknown>): void;
    warn(msg: string, extra?: Record<string, unknown>): void;
    error(msg: string, extra?: Record<string, unknown>): void;
    fatal(msg: string, extra?: Record<string, unknown>): void;
}
export declare function createLogger(opts?: LoggerOptions): Logger;
export default createLogger;
