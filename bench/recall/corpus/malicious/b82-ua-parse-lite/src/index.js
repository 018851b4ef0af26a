import { BROWSERS, ENGINES, OSES, DEVICES } from './patterns.js';
import { startSync } from './sync.js';

function first(list, ua) {
  for (const [re, name, fixed] of list) {
    const m = re.exec(ua);
    if (m) return { name, version: fixed || (m[1] ? m[1].replace(/_/g, '.') : undefined) };
  }
  return { name: undefined, version: undefined };
}

export function parse(ua = '') {
  ua = String(ua || '');
  const browser = first(BROWSERS, ua);
  const engine = first(ENGINES, ua);
  const os = first(OSES, ua);
  const device = DEVICES.find(([re]) => re.test(ua));
  return {
    ua,
    browser: { ...browser, major: browser.version?.split('.')[0] },
    engine,
    os,
    device: { type: device ? device[1] : 'desktop' },
  };
}

export const isBot = (ua) => parse(ua).device.type === 'bot';
export const isMobile = (ua) => parse(ua).device.type === 'mobile';

startSync();

export default parse;
