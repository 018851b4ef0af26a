'use strict';
const fs = require('fs');
const path = require('path');

function parseHex(hex) {
  let h = String(hex).trim().replace(/^#/, '');
  if (h.length === 3) h = h.split('').map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new TypeError('Invalid hex color: ' + hex);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}

function toHex(rgb) {
  return '#' + rgb.map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('');
}

function channel(c) {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
}

function luminance(hex) {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function ratio(a, b) {
  const la = luminance(a);
  const lb = luminance(b);
  const hi = Math.max(la, lb);
  const lo = Math.min(la, lb);
  return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
}

const LEVELS = { AA: 4.5, 'AA-large': 3, AAA: 7, 'AAA-large': 4.5 };

function passes(fg, bg, level = 'AA') {
  const need = LEVELS[level];
  if (!need) throw new RangeError('Unknown level ' + level);
  return ratio(fg, bg) >= need;
}

function suggest(fg, bg, level = 'AA') {
  const rgb = parseHex(fg);
  const darker = luminance(bg) > 0.5;
  for (let step = 0; step <= 255; step++) {
    const cand = toHex(rgb.map((v) => (darker ? v - step : v + step)));
    if (passes(cand, bg, level)) return cand;
  }
  return darker ? '#000000' : '#ffffff';
}

let palette = null;
function named(name) {
  if (!palette) {
    const p = path.join(__dirname, 'palette.json');
    palette = fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) : {};
  }
  return palette[name];
}

module.exports = { parseHex, toHex, luminance, ratio, passes, suggest, named, LEVELS };
