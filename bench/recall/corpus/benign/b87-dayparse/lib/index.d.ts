type Unit = 'ms' | 's' | 'm' | 'h' | 'd' | 'w' | 'M' | 'y';
export interface Day {
  valueOf(): number; isValid(): boolean; add(n: number, unit?: Unit): Day; subtract(n: number, unit?: Unit): Day;
  diff(other: unknown, unit?: Unit): number; format(fmt?: string): string; toISOString(): string; toDate(): Date;
}
declare function dayparse(input?: string | number | Date | Day): Day;
export = dayparse;
