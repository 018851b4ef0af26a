import { parse, CronSpec } from './parser';
import { nextAfter } from './internal/clock';

export interface ScheduleOptions { timezone?: string }
export interface Job { nextRun(): Date; stop(): void }

export function schedule(expr: string, fn: () => void, opts: ScheduleOptions = {}): Job {
  const spec: CronSpec = parse(expr);
  const tz = opts.timezone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  let timer: NodeJS.Timeout | null = null;
  let next = nextAfter(spec, new Date(), tz);
  const arm = () => {
    const delay = Math.max(0, Math.min(next.getTime() - Date.now(), 2 ** 31 - 1));
    timer = setTimeout(() => {
      if (Date.now() >= next.getTime()) { try { fn(); } catch (e) { console.error(e); } next = nextAfter(spec, new Date(), tz); }
      arm();
    }, delay);
  };
  arm();
  return { nextRun: () => next, stop: () => { if (timer) clearTimeout(timer); timer = null; } };
}
export { parse };
