'use strict';

const BROWSERS = [
  [/\bEdg(?:e|A|iOS)?\/([\d.]+)/, 'Edge'],
  [/\bOPR\/([\d.]+)/, 'Opera'],
  [/\bSamsungBrowser\/([\d.]+)/, 'Samsung Internet'],
  [/\bFirefox\/([\d.]+)/, 'Firefox'],
  [/\bFxiOS\/([\d.]+)/, 'Firefox'],
  [/\bCriOS\/([\d.]+)/, 'Chrome'],
  [/\bChrome\/([\d.]+)/, 'Chrome'],
  [/\bVersion\/([\d.]+).*Safari\//, 'Safari'],
  [/\bMSIE ([\d.]+)/, 'IE'],
  [/\bTrident\/.*rv:([\d.]+)/, 'IE'],
];
const ENGINES = [
  [/\bAppleWebKit\/([\d.]+)/, 'WebKit'],
  [/\bGecko\/([\d.]+)/, 'Gecko'],
  [/\bTrident\/([\d.]+)/, 'Trident'],
  [/\bPresto\/([\d.]+)/, 'Presto'],
];
const OSES = [
  [/Windows NT 10\.0/, 'Windows', () => '10'],
  [/Windows NT 6\.3/, 'Windows', () => '8.1'],
  [/Windows NT 6\.1/, 'Windows', () => '7'],
  [/iPhone OS ([\d_]+)|iPad.*OS ([\d_]+)/, 'iOS', (m) => (m[1] || m[2]).replace(/_/g, '.')],
  [/Mac OS X ([\d_.]+)/, 'macOS', (m) => m[1].replace(/_/g, '.')],
  [/Android ([\d.]+)/, 'Android', (m) => m[1]],
  [/CrOS [\w]+ ([\d.]+)/, 'ChromeOS', (m) => m[1]],
  [/Linux/, 'Linux', () => undefined],
];
const BOTS = /bot|crawler|spider|crawling|slurp|facebookexternalhit|bingpreview/i;

function first(list, ua) {
  for (const [re, name, ver] of list) {
    const m = re.exec(ua);
    if (m) return { name, version: ver ? ver(m) : m[1] };
  }
  return {};
}

function device(ua) {
  if (BOTS.test(ua)) return { type: 'bot' };
  if (/SmartTV|SMART-TV|AppleTV|HbbTV/i.test(ua)) return { type: 'tv' };
  if (/iPad|Tablet|SM-T\d+/i.test(ua) || (/Android/.test(ua) && !/Mobile/.test(ua))) return { type: 'tablet', vendor: /iPad/.test(ua) ? 'Apple' : undefined };
  if (/Mobi|iPhone|Android/.test(ua)) {
    const sm = /; (SM-[A-Z0-9]+|Pixel \d+\w*)/.exec(ua);
    return { type: 'mobile', vendor: /iPhone/.test(ua) ? 'Apple' : sm && sm[1].startsWith('SM') ? 'Samsung' : sm ? 'Google' : undefined, model: sm ? sm[1] : /iPhone/.test(ua) ? 'iPhone' : undefined };
  }
  return { type: 'desktop' };
}

function cpu(ua) {
  if (/x86_64|Win64|x64|amd64|Intel Mac/i.test(ua)) return { arch: 'amd64' };
  if (/aarch64|arm64/i.test(ua)) return { arch: 'arm64' };
  if (/armv7|arm/i.test(ua)) return { arch: 'arm' };
  if (/i[3-6]86|WOW64/i.test(ua)) return { arch: 'ia32' };
  return {};
}

function parse(ua) {
  ua = String(ua || '');
  return { ua, browser: first(BROWSERS, ua), engine: first(ENGINES, ua), os: first(OSES, ua), device: device(ua), cpu: cpu(ua) };
}

module.exports = { parse };
