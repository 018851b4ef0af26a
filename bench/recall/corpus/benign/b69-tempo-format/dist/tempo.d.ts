export interface Locale { months: string[]; weekdays: string[]; rel: Record<'future' | 'past' | 's' | 'm' | 'mm' | 'h' | 'hh' | 'd' | 'dd' | 'M' | 'MM' | 'y' | 'yy', string> }
export function format(date: Date | number | string, pattern?: string, opts?: { locale?: string; utc?: boolean }): string;
export function fromNow(date: Date | number | string, now?: Date | number, opts?: { locale?: string }): string;
export function duration(ms: number): string;
export function addLocale(name: string, locale: Locale): void;
export function setLocale(name: string): void;
