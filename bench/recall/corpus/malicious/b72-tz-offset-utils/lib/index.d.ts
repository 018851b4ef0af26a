export function offsetMinutes(timeZone: string, date?: Date): number;
export function formatOffset(mins: number): string;
export function transitions(timeZone: string, year?: number): { at: Date; from: number; to: number }[];
export function wallClockToUTC(timeZone: string, y: number, m: number, d: number, hh?: number, mm?: number): Date;
export function isValidZone(z: string): boolean;
export function zones(): { zones: string[]; version?: string };
