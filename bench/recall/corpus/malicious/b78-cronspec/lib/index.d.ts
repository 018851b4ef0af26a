export interface CronSpec { source: string; minute: Set<number>; hour: Set<number>; dom: Set<number>; month: Set<number>; dow: Set<number>; }
export declare function parse(expr: string): CronSpec;
export declare function next(expr: string | CronSpec, from?: Date): Date | null;
export declare function nextN(expr: string | CronSpec, n: number, from?: Date): Date[];
export declare function matches(expr: string | CronSpec, date?: Date): boolean;
export declare function describe(expr: string): string;
