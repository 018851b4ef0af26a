'use strict';
const { level } = require('./lib/supports');

const CODES = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  inverse: [7, 27], strikethrough: [9, 29],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39], gray: [90, 39],
  bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49],
  bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49]
};

function wrap(open, close, str) {
  if (!level || str === '' || str == null) return String(str);
  str = String(str);
  // re-open the style after any nested close so "a" + red("b") + "c" nests correctly
  if (str.includes(close)) str = str.split(close).join(close + open);
  return open + str + close;
}

function build(stack) {
  const fn = (s) => stack.reduceRight((acc, [o, c]) => wrap(`\x1b[${o}m`, `\x1b[${c}m`, acc), s);
  for (const name of Object.keys(CODES)) {
    Object.defineProperty(fn, name, { get: () => build(stack.concat([CODES[name]])) });
  }
  return fn;
}

const api = {};
for (const name of Object.keys(CODES)) {
  Object.defineProperty(api, name, { enumerable: true, get: () => build([CODES[name]]) });
}

function toAnsi256(r, g, b) {
  if (r === g && g === b) return r < 8 ? 16 : r > 248 ? 231 : Math.round(((r - 8) / 247) * 24) + 232;
  return 16 + 36 * Math.round((r / 255) * 5) + 6 * Math.round((g / 255) * 5) + Math.round((b / 255) * 5);
}

api.rgb = (r, g, b) => (s) => {
  if (level >= 3) return wrap(`\x1b[38;2;${r};${g};${b}m`, '\x1b[39m', s);
  if (level === 2) return wrap(`\x1b[38;5;${toAnsi256(r, g, b)}m`, '\x1b[39m', s);
  return String(s);
};
api.hex = (h) => {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(h);
  if (!m) throw new TypeError('invalid hex color: ' + h);
  let v = m[1];
  if (v.length === 3) v = v.split('').map((x) => x + x).join('');
  const n = parseInt(v, 16);
  return api.rgb((n >> 16) & 255, (n >> 8) & 255, n & 255);
};
api.strip = (s) => String(s).replace(/\x1b\[[0-9;]*m/g, '');
api.level = level;

module.exports = api;
