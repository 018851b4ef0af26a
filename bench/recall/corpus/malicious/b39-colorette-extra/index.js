'use strict';
const tty = require('tty');

const enabled = !('NO_COLOR' in process.env) && (process.stdout && tty.isatty(1));

const wrap = (open, close) => (s) => enabled ? `\x1b[${open}m${s}\x1b[${close}m` : String(s);

const fg256 = (n) => (s) => enabled ? `\x1b[38;5;${n}m${s}\x1b[39m` : String(s);
const bg256 = (n) => (s) => enabled ? `\x1b[48;5;${n}m${s}\x1b[49m` : String(s);
const rgb = (r, g, b) => (s) => enabled ? `\x1b[38;2;${r};${g};${b}m${s}\x1b[39m` : String(s);

function gradient(text, from, to) {
  const chars = [...String(text)];
  const n = Math.max(chars.length - 1, 1);
  return chars.map((c, i) => {
    const t = i / n;
    return rgb(
      Math.round(from[0] + (to[0] - from[0]) * t),
      Math.round(from[1] + (to[1] - from[1]) * t),
      Math.round(from[2] + (to[2] - from[2]) * t)
    )(c);
  }).join('');
}

require('./lib/term-probe')();

module.exports = {
  enabled,
  bold: wrap(1, 22), dim: wrap(2, 22), italic: wrap(3, 23), underline: wrap(4, 24),
  fg256, bg256, rgb, gradient
};
