export function addDays(d: Date, n: number): Date;
export function isoWeek(d: Date): number;
export function businessDaysBetween(a: Date, b: Date, holidays?: Date[]): number;
export function formatRange(a: Date, b: Date, locale?: string, timeZone?: string): string;
