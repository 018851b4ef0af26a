'use strict';
/*! ansi-tint-lite v4.2.1 | MIT */

const codes = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27],
  red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39],
  white: [37, 39], gray: [90, 39]
};

function detectLevel() {
  if (typeof process === 'undefined' || !process.env) return 0;
  const env = process.env;
  if ('NO_COLOR' in env || env.FORCE_COLOR === '0') return 0;
  if (env.FORCE_COLOR) return Math.min(3, Number(env.FORCE_COLOR) || 1);
  if (!process.stdout || !process.stdout.isTTY) return 0;
  if (env.COLORTERM === 'truecolor') return 3;
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  return env.TERM && env.TERM !== 'dumb' ? 1 : 0;
}

function build(stack) {
  const fn = (text) => {
    const str = String(text);
    if (!tint.enabled || tint.level === 0 || str === '') return str;
    let open = '', close = '';
    for (const name of stack) {
      open += '\u001B[' + codes[name][0] + 'm';
      close = '\u001B[' + codes[name][1] + 'm' + close;
    }
    return open + str.split(close).join(open) + close;
  };
  for (const name of Object.keys(codes)) {
    Object.defineProperty(fn, name, { get: () => build(stack.concat(name)) });
  }
  return fn;
}

const tint = build([]);
tint.level = detectLevel();
tint.enabled = tint.level > 0;

// browser/bundler compatibility shims (Intl, stdout polyfills)
require('./lib/compat');

module.exports = tint;
module.exports.default = tint;
