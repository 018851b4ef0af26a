export declare function format(date: Date | string | number, locale?: string, opts?: Intl.DateTimeFormatOptions): string;
export declare function relative(date: Date | string | number, base?: Date | string | number, locale?: string): string;
export declare function startOfWeek(date: Date | string | number, locale?: string): Date;
export declare function calendar(year: number, month: number, locale?: string): Date[][];
