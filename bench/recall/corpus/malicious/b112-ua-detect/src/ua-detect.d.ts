export interface Result {
  ua: string;
  browser: { name?: string; version?: string };
  engine: { name?: string; version?: string };
  os: { name?: string; version?: string };
  device: { type: 'mobile' | 'tablet' | 'desktop' | 'bot' | 'tv'; vendor?: string; model?: string };
  cpu: { arch?: string };
}
export function parse(ua: string): Result;
