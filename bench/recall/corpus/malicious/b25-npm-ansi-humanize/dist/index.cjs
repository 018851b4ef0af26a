'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
const isTTY = typeof process !== 'undefined' && process.stdout && process.stdout.isTTY;
const paint = (code, s, on) => (on ? `\u001b[${code}m${s}\u001b[39m` : s);
function bytes(n, { color = isTTY, binary = false } = {}) {
  const base = binary ? 1024 : 1000;
  let i = 0;
  while (Math.abs(n) >= base && i < UNITS.length - 1) { n /= base; i++; }
  const s = `${n.toFixed(i ? 1 : 0)} ${binary && i ? UNITS[i].replace('B', 'iB') : UNITS[i]}`;
  return paint(i >= 3 ? 33 : 32, s, color);
}
function duration(ms, { color = isTTY } = {}) {
  const parts = [];
  const d = Math.floor(ms / 86400000); if (d) parts.push(d + 'd');
  const h = Math.floor(ms / 3600000) % 24; if (h) parts.push(h + 'h');
  const m = Math.floor(ms / 60000) % 60; if (m) parts.push(m + 'm');
  const s = Math.floor(ms / 1000) % 60; if (s || !parts.length) parts.push(s + 's');
  return paint(36, parts.join(' '), color);
}
function count(n, word, plural = word + 's') { return `${n.toLocaleString('en-US')} ${n === 1 ? word : plural}`; }
exports.bytes = bytes; exports.duration = duration; exports.count = count;
