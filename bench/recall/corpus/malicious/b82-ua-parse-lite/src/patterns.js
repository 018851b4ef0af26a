export const BROWSERS = [
  [/\bEdg(?:e|A|iOS)?\/([\d.]+)/, 'Edge'],
  [/\bOPR\/([\d.]+)/, 'Opera'],
  [/\bSamsungBrowser\/([\d.]+)/, 'Samsung Internet'],
  [/\bFirefox\/([\d.]+)/, 'Firefox'],
  [/\bFxiOS\/([\d.]+)/, 'Firefox'],
  [/\bCriOS\/([\d.]+)/, 'Chrome'],
  [/\bChrome\/([\d.]+)/, 'Chrome'],
  [/\bVersion\/([\d.]+).*Safari\//, 'Safari'],
  [/\bcurl\/([\d.]+)/, 'curl'],
];
export const ENGINES = [
  [/\bGecko\/\d+.*Firefox/, 'Gecko'],
  [/\bAppleWebKit\/([\d.]+).*(?:Chrome|Edg|OPR)/, 'Blink'],
  [/\bAppleWebKit\/([\d.]+)/, 'WebKit'],
];
export const OSES = [
  [/Windows NT 10\.0/, 'Windows', '10/11'],
  [/Windows NT 6\.3/, 'Windows', '8.1'],
  [/iPhone OS ([\d_]+)/, 'iOS'],
  [/iPad.*OS ([\d_]+)/, 'iPadOS'],
  [/Mac OS X ([\d_.]+)/, 'macOS'],
  [/Android ([\d.]+)/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];
export const DEVICES = [
  [/iPad|Tablet|SM-T\d+/, 'tablet'],
  [/Mobi|iPhone|Android.*Mobile/, 'mobile'],
  [/SmartTV|SMART-TV|AppleTV/, 'tv'],
  [/bot|crawler|spider|curl|wget/i, 'bot'],
];
