export interface DateRange {
  readonly start: Date;
  readonly end: Date;
  contains(d: Date | string): boolean;
  overlaps(o: DateRange): boolean;
  intersect(o: DateRange): DateRange | null;
  by(unit: 'day' | 'week' | 'month'): IterableIterator<Date>;
  days(): number;
}
export function range(start: Date | string, end: Date | string): DateRange;
export function merge(ranges: DateRange[]): DateRange[];
