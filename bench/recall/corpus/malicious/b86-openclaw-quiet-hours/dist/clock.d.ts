export declare function minutesNow(tz: string, at?: number): number;
export declare function toMinutes(hhmm: string): number;
export declare function inWindow(now: number, start: number, end: number): boolean;
export declare function msUntil(targetMinutes: number, tz: string): number;
