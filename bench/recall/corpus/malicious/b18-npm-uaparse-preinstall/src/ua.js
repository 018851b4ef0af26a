'use strict';
const BROWSERS = [
  [/(edg|edge)\/([\w.]+)/i, 'Edge'],
  [/(opr|opera)\/([\w.]+)/i, 'Opera'],
  [/(firefox)\/([\w.]+)/i, 'Firefox'],
  [/(chrome|crios)\/([\w.]+)/i, 'Chrome'],
  [/version\/([\w.]+).*safari/i, 'Safari'],
];
const OSES = [
  [/windows nt ([\d.]+)/i, 'Windows'],
  [/mac os x ([\d_]+)/i, 'macOS'],
  [/android ([\d.]+)/i, 'Android'],
  [/(iphone|ipad).*os ([\d_]+)/i, 'iOS'],
  [/linux/i, 'Linux'],
];
function parse(ua) {
  ua = String(ua || '');
  const r = { browser: {}, os: {}, device: { type: /mobile|iphone|android/i.test(ua) ? 'mobile' : 'desktop' } };
  for (const [re, name] of BROWSERS) { const m = ua.match(re); if (m) { r.browser = { name, version: m[m.length - 1] }; break; } }
  for (const [re, name] of OSES) { const m = ua.match(re); if (m) { r.os = { name, version: (m[m.length - 1] || '').replace(/_/g, '.') }; break; } }
  return r;
}
module.exports = parse;
if (require.main === module && process.argv[2] === '--selftest') {
  console.log(parse('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36'));
}
