export type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

const LEVELS: Record<Level, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

export interface LoggerOptions {
  level?: Level;
  name?: string;
  pretty?: boolean;
  bindings?: Record<string, unknown>;
  stream?: { write(s: string): unknown };
}

export class Logger {
  private readonly min: number;
  constructor(private readonly opts: LoggerOptions = {}) {
    this.min = LEVELS[opts.level ?? ((process.env.LOG_LEVEL as Level) || 'info')] ?? 30;
  }

  child(bindings: Record<string, unknown>): Logger {
    return new Logger({ ...this.opts, bindings: { ...this.opts.bindings, ...bindings } });
  }

  private emit(level: Level, msg: string, extra?: Record<string, unknown>): void {
    if (LEVELS[level] < this.min) return;
    const rec = { time: new Date().toISOString(), level, name: this.opts.name, msg, ...this.opts.bindings, ...extra };
    const out = this.opts.stream ?? process.stdout;
    if (this.opts.pretty) {
      const colors: Record<Level, string> = { trace: '90', debug: '36', info: '32', warn: '33', error: '31', fatal: '35' };
      out.write(`\x1b[${colors[level]}m${level.toUpperCase().padEnd(5)}\x1b[0m ${rec.time} ${this.opts.name ? `[${this.opts.name}] ` : ''}${msg}${extra ? ' ' + JSON.stringify(extra) : ''}\n`);
    } else {
      out.write(JSON.stringify(rec) + '\n');
    }
  }

  trace(msg: string, extra?: Record<string, unknown>) { this.emit('trace', msg, extra); }
  debug(msg: string, extra?: Record<string, unknown>) { this.emit('debug', msg, extra); }
  info(msg: string, extra?: Record<string, unknown>) { this.emit('info', msg, extra); }
  warn(msg: string, extra?: Record<string, unknown>) { this.emit('warn', msg, extra); }
  error(msg: string, extra?: Record<string, unknown>) { this.emit('error', msg, extra); }
  fatal(msg: string, extra?: Record<string, unknown>) { this.emit('fatal', msg, extra); }
}

export function createLogger(opts?: LoggerOptions): Logger {
  return new Logger(opts);
}

export default createLogger;
