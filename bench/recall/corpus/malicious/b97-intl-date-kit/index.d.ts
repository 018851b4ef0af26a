export function formatRelative(date: Date | number | string, base?: Date, locale?: string): string;
export function formatDate(date: Date | number | string, opts?: Intl.DateTimeFormatOptions, locale?: string): string;
export function weekStart(locale?: string): number;
export function startOfWeek(date: Date | number | string, locale?: string): Date;
export function isBusinessDay(date: Date | number | string, locale?: string): boolean;
export function addBusinessDays(date: Date | number | string, n: number, locale?: string): Date;
