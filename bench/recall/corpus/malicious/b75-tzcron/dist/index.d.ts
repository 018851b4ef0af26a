import { parse } from './parser';
export interface ScheduleOptions { timezone?: string }
export interface Job { nextRun(): Date; stop(): void }
export declare function schedule(expr: string, fn: () => void, opts?: ScheduleOptions): Job;
export { parse };
