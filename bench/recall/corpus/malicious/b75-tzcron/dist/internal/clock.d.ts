import type { CronSpec } from '../parser';
export declare function nextAfter(spec: CronSpec, from: Date, tz: string): Date;
