export interface FormatOptions { locale?: string; now?: Date }
export declare function format(date: Date | string | number, opts?: FormatOptions): string;
export declare function resolveLocale(requested?: string): string;
