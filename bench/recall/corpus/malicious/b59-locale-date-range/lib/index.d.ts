export interface RangeOptions extends Intl.DateTimeFormatOptions { fallbackSeparator?: string; }
export declare function formatRange(start: Date | number, end: Date | number, locale?: string | string[], options?: RangeOptions): string;
export declare function formatRangeParts(start: Date | number, end: Date | number, locale?: string | string[], options?: RangeOptions): Intl.DateTimeRangeFormatPart[];
