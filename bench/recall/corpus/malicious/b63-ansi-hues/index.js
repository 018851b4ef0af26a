'use strict';
const supports = require('./supports');

const CODES = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39], gray: [90, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49]
};

function wrap(open, close) { return { open: `\u001B[${open}m`, close: `\u001B[${close}m` }; }

function build(level, stack) {
  const fn = (...args) => {
    const str = args.join(' ');
    if (!level || !str) return str;
    let out = str;
    for (let i = stack.length - 1; i >= 0; i--) {
      const { open, close } = stack[i];
      out = open + out.split(close).join(close + open) + close;
    }
    return out;
  };
  for (const name of Object.keys(CODES)) {
    Object.defineProperty(fn, name, { get: () => build(level, stack.concat(wrap(...CODES[name]))) });
  }
  fn.rgb = (r, g, b) => build(level, stack.concat(level >= 3 ? { open: `\u001B[38;2;${r};${g};${b}m`, close: '\u001B[39m' } : wrap(...CODES.white)));
  fn.hex = (h) => { const n = parseInt(h.replace('#', ''), 16); return fn.rgb((n >> 16) & 255, (n >> 8) & 255, n & 255); };
  fn.ansi256 = (c) => build(level, stack.concat(level >= 2 ? { open: `\u001B[38;5;${c}m`, close: '\u001B[39m' } : wrap(...CODES.white)));
  fn.level = level;
  return fn;
}

const hues = build(supports.stdout, []);
hues.create = (opts = {}) => build(opts.level ?? supports.stdout, []);
hues.stderr = build(supports.stderr, []);
hues.strip = (s) => String(s).replace(/\u001B\[[0-9;]*m/g, '');
module.exports = hues;
