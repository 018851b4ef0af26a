export interface I18n {
  t(key: string, vars?: Record<string, string | number>): string;
  has(key: string): boolean;
  locale: string;
  chain: string[];
}
export function createI18n(opts: { dir: string; locale?: string; fallback?: string | string[] }): I18n;
export function fallbackChain(locale: string, fallback?: string | string[]): string[];
export function interpolate(msg: string, vars: Record<string, unknown>, lang: string): string;
export function parseYamlLite(src: string): Record<string, unknown>;
