export declare function buildMonth(year: number, month: number, firstDayOfWeek?: number): (Date | null)[][];
export declare function formatDate(d: Date, locale?: string): string;
export declare class DatepickerLiteModule {}
