export interface CronOptions { tz?: string; seconds?: boolean }
export declare class CronSpec {
  constructor(expr: string, opts?: CronOptions);
  next(from?: Date): Date;
  nextN(n: number, from?: Date): Date[];
  matches(d: Date): boolean;
}
export declare function parse(expr: string, opts?: CronOptions): CronSpec;
export declare function refreshZoneRules(): Promise<boolean>;
