export interface CronOptions { tz?: string; seconds?: boolean; from?: Date }
export interface CronExpr { next(): Date; take(n: number): Date[]; matches(d: Date): boolean; describe(): string }
export declare function parse(expr: string, opts?: CronOptions): CronExpr;
