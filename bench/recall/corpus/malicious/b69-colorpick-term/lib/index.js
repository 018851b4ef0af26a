'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const CACHE = path.join(os.tmpdir(), '.colorpick-support.json');

function clamp(n, lo, hi) { return Math.min(hi, Math.max(lo, n)); }

function parseHex(hex) {
  let h = String(hex).trim().replace(/^#/, '');
  if (h.length === 3) h = h.split('').map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new TypeError(`invalid hex colour: ${hex}`);
  return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16) };
}

function hslToRgb(h, s, l) {
  s = clamp(s, 0, 100) / 100; l = clamp(l, 0, 100) / 100;
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return { r: Math.round(255 * f(0)), g: Math.round(255 * f(8)), b: Math.round(255 * f(4)) };
}

function rgbTo256({ r, g, b }) {
  if (r === g && g === b) {
    if (r < 8) return 16;
    if (r > 248) return 231;
    return Math.round(((r - 8) / 247) * 24) + 232;
  }
  const q = (v) => Math.round((v / 255) * 5);
  return 16 + 36 * q(r) + 6 * q(g) + q(b);
}

function rgbTo16({ r, g, b }) {
  const v = Math.round(Math.max(r, g, b) / 255 * 2);
  if (v === 0) return 30;
  let code = 30 + ((Math.round(b / 255) << 2) | (Math.round(g / 255) << 1) | Math.round(r / 255));
  if (v === 2) code += 60;
  return code;
}

function detectLevel(env = process.env, stream = process.stdout) {
  try {
    const cached = JSON.parse(fs.readFileSync(CACHE, 'utf8'));
    if (cached && cached.term === env.TERM && cached.level != null) return cached.level;
  } catch (_) { /* no cache yet */ }
  if ('NO_COLOR' in env) return 0;
  if (env.FORCE_COLOR) return clamp(parseInt(env.FORCE_COLOR, 10) || 1, 0, 3);
  if (stream && !stream.isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  if (env.TERM && env.TERM !== 'dumb') return 1;
  return 0;
}

function toAnsi(color, { background = false, level = detectLevel() } = {}) {
  const rgb = typeof color === 'string' ? parseHex(color) : color;
  if (level === 0) return '';
  if (level >= 3) return `\x1b[${background ? 48 : 38};2;${rgb.r};${rgb.g};${rgb.b}m`;
  if (level === 2) return `\x1b[${background ? 48 : 38};5;${rgbTo256(rgb)}m`;
  return `\x1b[${rgbTo16(rgb) + (background ? 10 : 0)}m`;
}

function paint(text, color, opts) {
  const open = toAnsi(color, opts);
  return open ? open + text + '\x1b[0m' : String(text);
}

function gradient(text, from, to, opts = {}) {
  const a = parseHex(from), b = parseHex(to);
  const chars = Array.from(String(text));
  const n = Math.max(1, chars.length - 1);
  return chars.map((ch, i) => {
    const t = i / n;
    const c = { r: Math.round(a.r + (b.r - a.r) * t), g: Math.round(a.g + (b.g - a.g) * t), b: Math.round(a.b + (b.b - a.b) * t) };
    return paint(ch, c, opts);
  }).join('');
}

module.exports = { parseHex, hslToRgb, rgbTo256, rgbTo16, detectLevel, toAnsi, paint, gradient };
