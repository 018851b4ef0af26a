'use strict';

const ANSI = /\u001b\[[0-9;]*m/g;

function isWide(cp) {
  return cp >= 0x1100 && (
    cp <= 0x115f || cp === 0x2329 || cp === 0x232a ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function width(str) {
  let w = 0;
  for (const ch of String(str).replace(ANSI, '')) {
    const cp = ch.codePointAt(0);
    if (cp < 32 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200d) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function fill(n, ch) {
  if (n <= 0) return '';
  const c = ch || ' ';
  const cw = Math.max(1, width(c));
  return c.repeat(Math.floor(n / cw)) + ' '.repeat(n % cw);
}

const padStart = (s, len, ch) => fill(len - width(s), ch) + s;
const padEnd = (s, len, ch) => s + fill(len - width(s), ch);
function center(s, len, ch) {
  const gap = len - width(s);
  if (gap <= 0) return s;
  const left = Math.floor(gap / 2);
  return fill(left, ch) + s + fill(gap - left, ch);
}

module.exports = { width, padStart, padEnd, center };
