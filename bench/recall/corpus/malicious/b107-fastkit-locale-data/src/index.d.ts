export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export function pluralCategory(locale: string, n: number): PluralCategory;
export function ordinal(locale: string, n: number): string;
export function firstDayOfWeek(locale: string): number;
export function measurementSystem(locale: string): 'metric' | 'US' | 'UK';
export function isRTL(locale: string): boolean;
export function supported(): string[];
