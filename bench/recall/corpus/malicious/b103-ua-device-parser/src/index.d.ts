export interface UAResult {
  ua: string;
  browser: { name?: string; version?: string; major?: string };
  engine: { name?: string; version?: string };
  os: { name?: string; version?: string };
  device: { type: 'desktop' | 'mobile' | 'tablet' | 'tv' | 'console' | 'bot'; vendor?: string; model?: string };
}
export function parse(ua: string): UAResult;
export function isMobile(ua: string): boolean;
export function isBot(ua: string): boolean;
