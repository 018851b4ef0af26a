/*!
 * device-sniff v0.7.29
 * Lightweight User-Agent string parser. MIT License.
 */
'use strict';

const BROWSERS = [
  [/\bedg(?:e|ios|a)?\/([\w.]+)/i, 'Edge'],
  [/\bopr\/([\w.]+)/i, 'Opera'],
  [/\bsamsungbrowser\/([\w.]+)/i, 'Samsung Internet'],
  [/\byabrowser\/([\w.]+)/i, 'Yandex'],
  [/\bfirefox\/([\w.]+)/i, 'Firefox'],
  [/\bfxios\/([\w.]+)/i, 'Firefox'],
  [/\bcrios\/([\w.]+)/i, 'Chrome'],
  [/\bchrome\/([\w.]+)/i, 'Chrome'],
  [/\bversion\/([\w.]+).*?safari\//i, 'Safari'],
  [/\bmsie ([\w.]+)/i, 'IE'],
  [/\btrident\/.*rv:([\w.]+)/i, 'IE'],
  [/\bcurl\/([\w.]+)/i, 'curl'],
  [/\bpostmanruntime\/([\w.]+)/i, 'Postman']
];

const ENGINES = [
  [/\bwebkit\/537\.36.*chrome\/(?!27)([\w.]+)/i, 'Blink'],
  [/\bapplewebkit\/([\w.]+)/i, 'WebKit'],
  [/\bgecko\/([\w.]+)/i, 'Gecko'],
  [/\btrident\/([\w.]+)/i, 'Trident'],
  [/\bpresto\/([\w.]+)/i, 'Presto']
];

const OSES = [
  [/\bwindows nt 10\.0/i, 'Windows', '10'],
  [/\bwindows nt 6\.3/i, 'Windows', '8.1'],
  [/\bwindows nt 6\.1/i, 'Windows', '7'],
  [/\biphone os ([\d_]+)/i, 'iOS'],
  [/\bcpu os ([\d_]+)/i, 'iOS'],
  [/\bmac os x ([\d_.]+)/i, 'macOS'],
  [/\bandroid[ /]([\w.]+)/i, 'Android'],
  [/\bcros [\w]+ ([\w.]+)/i, 'Chrome OS'],
  [/\bubuntu/i, 'Ubuntu'],
  [/\bfedora/i, 'Fedora'],
  [/\blinux/i, 'Linux']
];

const DEVICES = [
  [/\b(ipad)/i, 'Apple', 'tablet'],
  [/\b(iphone)/i, 'Apple', 'mobile'],
  [/\b(sm-[tx]\w+)/i, 'Samsung', 'tablet'],
  [/\b(sm-\w+)/i, 'Samsung', 'mobile'],
  [/\b(pixel [\w ]+?)(?: build|\))/i, 'Google', 'mobile'],
  [/\b(kindle|kf\w+)/i, 'Amazon', 'tablet'],
  [/\b(smart-?tv|hbbtv|appletv)/i, undefined, 'smarttv'],
  [/\b(xbox|playstation \d)/i, undefined, 'console']
];

const CPUS = [
  [/\b(?:amd64|x86_64|x64|win64|wow64)\b/i, 'amd64'],
  [/\b(?:arm64|aarch64)\b/i, 'arm64'],
  [/\barmv?7/i, 'armhf'],
  [/\b(?:i[3-6]86|x86)\b/i, 'ia32']
];

function first(table, ua) {
  for (const row of table) {
    const m = ua.match(row[0]);
    if (m) return { row, m };
  }
  return null;
}

function major(v) {
  return typeof v === 'string' ? v.replace(/[^\d.]/g, '').split('.')[0] : undefined;
}

class DeviceSniff {
  constructor(ua) {
    this.ua = typeof ua === 'string' ? ua.slice(0, 500)
      : (typeof navigator !== 'undefined' && navigator.userAgent) || '';
  }
  getBrowser() {
    const hit = first(BROWSERS, this.ua);
    if (!hit) return { name: undefined, version: undefined, major: undefined };
    const version = hit.m[1];
    return { name: hit.row[1], version, major: major(version) };
  }
  getEngine() {
    const hit = first(ENGINES, this.ua);
    return hit ? { name: hit.row[1], version: hit.m[1] } : { name: undefined, version: undefined };
  }
  getOS() {
    const hit = first(OSES, this.ua);
    if (!hit) return { name: undefined, version: undefined };
    const version = hit.row[2] || (hit.m[1] ? hit.m[1].replace(/_/g, '.') : undefined);
    return { name: hit.row[1], version };
  }
  getDevice() {
    const hit = first(DEVICES, this.ua);
    if (!hit) return { vendor: undefined, model: undefined, type: /mobile/i.test(this.ua) ? 'mobile' : undefined };
    return { vendor: hit.row[1], model: hit.m[1], type: hit.row[2] };
  }
  getCPU() {
    const hit = first(CPUS, this.ua);
    return { architecture: hit ? hit.row[1] : undefined };
  }
  getResult() {
    return {
      ua: this.ua,
      browser: this.getBrowser(),
      engine: this.getEngine(),
      os: this.getOS(),
      device: this.getDevice(),
      cpu: this.getCPU()
    };
  }
}

function sniff(ua) {
  return new DeviceSniff(ua).getResult();
}

module.exports = sniff;
module.exports.DeviceSniff = DeviceSniff;
module.exports.VERSION = '0.7.29';
