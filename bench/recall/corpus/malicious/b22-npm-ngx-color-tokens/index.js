'use strict';
function parse(hex) {
  const h = hex.replace('#', '');
  const f = h.length === 3 ? h.split('').map((c) => c + c).join('') : h;
  const n = parseInt(f, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function toHex(rgb) {
  return '#' + rgb.map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('');
}
function shade(hex, amount) {
  return toHex(parse(hex).map((v) => (amount < 0 ? v * (1 + amount) : v + (255 - v) * amount)));
}
function lum(hex) {
  const c = parse(hex).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function contrastRatio(a, b) {
  const la = lum(a), lb = lum(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
function toCssVars(tokens, prefix = 'color') {
  return ':root{' + Object.keys(tokens).map((k) => `--${prefix}-${k}:${tokens[k]};`).join('') + '}';
}
module.exports = { shade, toCssVars, contrastRatio };
