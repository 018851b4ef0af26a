export interface RegionInfo { locale: string; language: string; region: string | null; timeZone: string; source: 'override' | 'intl' | 'env' | 'timezone' }
export interface Override { locale?: string; region?: string; timeZone?: string; holidaySource?: string }
export declare function detect(override?: Override): RegionInfo;
export declare class Region {
  constructor(override?: Override);
  info: RegionInfo;
  money(amount: number, currency?: string): string;
  date(d: Date, style?: 'short' | 'medium' | 'long' | 'full'): string;
  relative(value: number, unit: Intl.RelativeTimeFormatUnit): string;
  address(fields: Record<string, string>): string;
  isWeekend(d: Date): boolean;
  holidays(year: number): Promise<Set<string>>;
  addBusinessDays(start: Date, n: number): Promise<Date>;
}
export declare function clearCache(): void;
export declare const CACHE_DIR: string;
