export interface PickOptions { supported: string[]; fallback: string; preferred?: string; geoEndpoint?: string; timeoutMs?: number }
export interface PickResult { locale: string; region: string | null; currency: string | null; source: 'preferred' | 'language' | 'timezone' | 'geo' | 'fallback' }
export declare function pick(opts: PickOptions): Promise<PickResult>;
export declare function regionFromTimeZone(tz: string): string | null;
export declare function createI18n(locale: string, catalogs: Record<string, Record<string, string>>): (key: string, vars?: Record<string, unknown>) => string;
