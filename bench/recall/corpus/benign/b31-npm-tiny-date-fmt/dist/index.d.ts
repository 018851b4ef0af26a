export declare function format(date: Date | number | string, pattern: string): string;
export declare function relative(date: Date | number | string, now?: number): string;
