export interface UAResult {
  ua: string;
  browser: { name?: string; version?: string; major?: string };
  engine: { name?: string; version?: string };
  os: { name?: string; version?: string };
  device: { type: 'mobile' | 'tablet' | 'tv' | 'bot' | 'desktop' };
}
export function parse(ua?: string): UAResult;
export function isBot(ua: string): boolean;
export function isMobile(ua: string): boolean;
export default parse;
