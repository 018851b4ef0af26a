'use strict';
const NAMED = { black: '000000', white: 'ffffff', red: 'ff0000', green: '008000', blue: '0000ff', gray: '808080', orange: 'ffa500' };

function clamp(v, lo, hi) { return Math.min(hi, Math.max(lo, v)); }

function parse(input) {
  let s = String(input).trim().toLowerCase();
  if (NAMED[s]) s = '#' + NAMED[s];
  let m;
  if ((m = /^#?([0-9a-f]{3})$/.exec(s))) {
    const [r, g, b] = m[1].split('').map((c) => parseInt(c + c, 16));
    return { r, g, b, a: 1 };
  }
  if ((m = /^#?([0-9a-f]{6})([0-9a-f]{2})?$/.exec(s))) {
    const n = parseInt(m[1], 16);
    return { r: n >> 16, g: (n >> 8) & 255, b: n & 255, a: m[2] ? parseInt(m[2], 16) / 255 : 1 };
  }
  if ((m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+))?\)$/.exec(s))) {
    return { r: clamp(+m[1], 0, 255), g: clamp(+m[2], 0, 255), b: clamp(+m[3], 0, 255), a: m[4] ? +m[4] : 1 };
  }
  return null;
}

function toHex({ r, g, b }) { return '#' + [r, g, b].map((x) => x.toString(16).padStart(2, '0')).join(''); }
function luminance({ r, g, b }) {
  const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
function isDark(c) { return luminance(c) < 0.5; }
module.exports = { parse, toHex, luminance, isDark };
