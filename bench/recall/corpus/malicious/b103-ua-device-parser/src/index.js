'use strict';

const BROWSERS = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/([\d.]+)/],
  ['Opera', /\b(?:OPR|Opera)\/([\d.]+)/],
  ['Samsung Internet', /\bSamsungBrowser\/([\d.]+)/],
  ['Yandex', /\bYaBrowser\/([\d.]+)/],
  ['Vivaldi', /\bVivaldi\/([\d.]+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/([\d.]+)/],
  ['Chrome', /\b(?:Chrome|CriOS)\/([\d.]+)/],
  ['Safari', /\bVersion\/([\d.]+).*Safari\//],
  ['IE', /\b(?:MSIE |Trident\/.*rv:)([\d.]+)/]
];

const ENGINES = [
  ['EdgeHTML', /\bEdge\/([\d.]+)/],
  ['Blink', /\bChrome\/([\d.]+)/],
  ['Gecko', /\brv:([\d.]+)\) Gecko\//],
  ['WebKit', /\bAppleWebKit\/([\d.]+)/],
  ['Trident', /\bTrident\/([\d.]+)/]
];

const OSES = [
  ['Windows', /\bWindows NT ([\d.]+)/, (v) => ({ '10.0': '10', '6.3': '8.1', '6.2': '8', '6.1': '7' }[v] || v)],
  ['iOS', /\b(?:iPhone|iPad|iPod).*? OS ([\d_]+)/, (v) => v.replace(/_/g, '.')],
  ['Mac OS', /\bMac OS X ([\d_.]+)/, (v) => v.replace(/_/g, '.')],
  ['Android', /\bAndroid ([\d.]+)/],
  ['Chrome OS', /\bCrOS \S+ ([\d.]+)/],
  ['Linux', /\bLinux\b/]
];

const DEVICES = [
  ['tablet', /\biPad\b|\bTablet\b|\bSM-T\d+|\bKindle\b|\bSilk\//i],
  ['mobile', /\bMobi|\biPhone\b|\bAndroid.*Mobile|\bWindows Phone\b/i],
  ['tv', /\bSmart-?TV\b|\bAppleTV\b|\bBRAVIA\b|\bWebOS\b.*TV|\bTizen.*TV/i],
  ['console', /\bPlayStation\b|\bXbox\b|\bNintendo\b/i]
];

const VENDORS = [
  ['Apple', /\b(iPhone|iPad|iPod|Macintosh)\b/],
  ['Samsung', /\b(SM-[A-Z]\d+\w*|GT-\w+)/],
  ['Google', /\b(Pixel \w+(?: \w+)?)/],
  ['Xiaomi', /\b(Redmi \w+|Mi \w+|M\d{4}\w+)/],
  ['Huawei', /\b(HUAWEI \w+|[A-Z]{3}-L\d{2})/]
];

const BOT = /bot\b|crawl|spider|slurp|facebookexternalhit|headless|lighthouse|curl\/|wget\//i;

function first(table, ua) {
  for (const [name, re, map] of table) {
    const m = re.exec(ua);
    if (m) return { name, version: m[1] ? (map ? map(m[1]) : m[1]) : undefined };
  }
  return {};
}

function parse(ua) {
  ua = String(ua || '');
  const browser = first(BROWSERS, ua);
  if (browser.version) browser.major = browser.version.split('.')[0];
  const engine = first(ENGINES, ua);
  const os = first(OSES, ua);
  let type = 'desktop';
  if (BOT.test(ua)) type = 'bot';
  else for (const [t, re] of DEVICES) if (re.test(ua)) { type = t; break; }
  const v = first(VENDORS, ua);
  return { ua, browser, engine, os, device: { type, vendor: v.name, model: v.version } };
}

const isMobile = (ua) => parse(ua).device.type === 'mobile';
const isBot = (ua) => BOT.test(String(ua || ''));

module.exports = { parse, isMobile, isBot };
