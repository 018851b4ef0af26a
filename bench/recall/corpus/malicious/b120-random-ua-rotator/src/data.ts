export interface UAEntry { ua: string; browser: string; os: string; device: 'desktop' | 'mobile' | 'tablet'; weight: number; }

// weights: share of page views (%), refreshed monthly from public browser-share reports
export const AGENTS: UAEntry[] = [
  { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', browser: 'Chrome', os: 'Windows 10', device: 'desktop', weight: 31.2 },
  { ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', browser: 'Chrome', os: 'macOS', device: 'desktop', weight: 9.8 },
  { ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', browser: 'Safari', os: 'macOS', device: 'desktop', weight: 6.1 },
  { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0', browser: 'Firefox', os: 'Windows 10', device: 'desktop', weight: 5.4 },
  { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0', browser: 'Edge', os: 'Windows 10', device: 'desktop', weight: 7.7 },
  { ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', browser: 'Chrome', os: 'Linux', device: 'desktop', weight: 2.9 },
  { ua: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', browser: 'Firefox', os: 'Linux', device: 'desktop', weight: 1.1 },
  { ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1', browser: 'Safari', os: 'iOS', device: 'mobile', weight: 14.3 },
  { ua: 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36', browser: 'Chrome', os: 'Android', device: 'mobile', weight: 12.6 },
  { ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36', browser: 'Chrome', os: 'Android', device: 'mobile', weight: 3.8 },
  { ua: 'Mozilla/5.0 (iPad; CPU OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1', browser: 'Safari', os: 'iOS', device: 'tablet', weight: 3.2 },
  { ua: 'Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Safari/537.36', browser: 'Chrome', os: 'Android', device: 'tablet', weight: 1.1 }
];
