"use strict";Object.defineProperty(exports,"__esModule",{value:true});
function parse(input) {
  const s = String(input).trim().toLowerCase();
  let m;
  if ((m = s.match(/^#([0-9a-f]{3,8})$/))) {
    let h = m[1];
    if (h.length <= 4) h = [...h].map((c) => c + c).join('');
    const n = parseInt(h.slice(0, 6), 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: h.length === 8 ? parseInt(h.slice(6), 16) / 255 : 1 };
  }
  if ((m = s.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/))) {
    const a = m[4] ? (m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4])) : 1;
    return { r: +m[1], g: +m[2], b: +m[3], a };
  }
  if ((m = s.match(/^hsla?\(\s*([\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%/))) {
    const h = +m[1] / 360, sa = +m[2] / 100, l = +m[3] / 100;
    const q = l < 0.5 ? l * (1 + sa) : l + sa - l * sa, p = 2 * l - q;
    const f = (t) => { t = (t + 1) % 1; return t < 1 / 6 ? p + (q - p) * 6 * t : t < 1 / 2 ? q : t < 2 / 3 ? p + (q - p) * (2 / 3 - t) * 6 : p; };
    return { r: Math.round(f(h + 1 / 3) * 255), g: Math.round(f(h) * 255), b: Math.round(f(h - 1 / 3) * 255), a: 1 };
  }
  throw new Error(`Unsupported colour: ${input}`);
}

const lin = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
function luminance(c) { const { r, g, b } = typeof c === 'string' ? parse(c) : c; return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b); }

function ratio(fg, bg) {
  const a = luminance(fg), b = luminance(bg);
  return Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100;
}

const LEVELS = { AA: 4.5, AAA: 7, 'AA-large': 3, 'AAA-large': 4.5 };
function passes(fg, bg, level = 'AA') { return ratio(fg, bg) >= LEVELS[level]; }

const hex = ({ r, g, b }) => '#' + [r, g, b].map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('');
function suggest(fg, bg, level = 'AA') {
  const c = parse(fg), target = LEVELS[level];
  const darker = luminance(bg) > 0.5;
  for (let i = 0; i <= 100; i++) {
    const k = darker ? 1 - i / 100 : 1 + i / 100;
    const t = darker ? { r: c.r * k, g: c.g * k, b: c.b * k } : { r: c.r + (255 - c.r) * (i / 100), g: c.g + (255 - c.g) * (i / 100), b: c.b + (255 - c.b) * (i / 100) };
    if (ratio(hex(t), bg) >= target) return hex(t);
  }
  return darker ? '#000000' : '#ffffff';
}

function apca(text, bg) {
  const y = (c) => { const { r, g, b } = parse(c); const f = (v) => Math.pow(v / 255, 2.4); return 0.2126729 * f(r) + 0.7151522 * f(g) + 0.072175 * f(b); };
  let yt = y(text), yb = y(bg);
  const clamp = (v) => (v > 0.022 ? v : v + Math.pow(0.022 - v, 1.414));
  yt = clamp(yt); yb = clamp(yb);
  const s = yb > yt ? (Math.pow(yb, 0.56) - Math.pow(yt, 0.57)) * 1.14 : (Math.pow(yb, 0.65) - Math.pow(yt, 0.62)) * 1.14;
  const lc = Math.abs(s) < 0.1 ? 0 : s > 0 ? s - 0.027 : s + 0.027;
  return Math.round(lc * 1000) / 10;
}
exports.parse=parse;exports.luminance=luminance;exports.ratio=ratio;exports.passes=passes;exports.suggest=suggest;exports.apca=apca;
