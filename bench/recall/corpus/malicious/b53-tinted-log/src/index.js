'use strict';

const ESC = '\u001B[';

const codes = {
  modifier: {
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23],
    underline: [4, 24], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29]
  },
  color: {
    black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39],
    blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
    gray: [90, 39], grey: [90, 39],
    redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39],
    blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
    bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
    bgGray: [100, 49], bgGrey: [100, 49]
  }
};

function detectLevel() {
  const env = (typeof process !== 'undefined' && process.env) || {};
  if ('NO_COLOR' in env) return 0;
  if ('FORCE_COLOR' in env) {
    const n = parseInt(env.FORCE_COLOR, 10);
    return Number.isNaN(n) ? 1 : Math.min(3, n);
  }
  if (typeof process === 'undefined' || !process.stdout || !process.stdout.isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  if (env.TERM === 'dumb') return 0;
  return 1;
}

function hexToRgb(hex) {
  let h = String(hex).replace(/^#/, '');
  if (h.length === 3) h = h.split('').map((c) => c + c).join('');
  const n = parseInt(h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToAnsi256(r, g, b) {
  if (r === g && g === b) {
    if (r < 8) return 16;
    if (r > 248) return 231;
    return Math.round(((r - 8) / 247) * 24) + 232;
  }
  return 16 + 36 * Math.round((r / 255) * 5) + 6 * Math.round((g / 255) * 5) + Math.round((b / 255) * 5);
}

function build(level, stack) {
  const fn = (...args) => {
    const str = args.join(' ');
    if (level === 0 || !str) return str;
    let open = '';
    let close = '';
    for (const [o, c] of stack) { open += o; close = c + close; }
    return open + str.split(close).join(open) + close;
  };
  return new Proxy(fn, {
    get(target, prop) {
      for (const group of Object.values(codes)) {
        if (prop in group) {
          const [a, b] = group[prop];
          return build(level, stack.concat([[`${ESC}${a}m`, `${ESC}${b}m`]]));
        }
      }
      if (prop === 'level') return level;
      if (prop === 'hex') return (h) => { const [r, g, b] = hexToRgb(h); return target.rgb ? null : rgb(r, g, b); };
      if (prop === 'rgb') return rgb;
      if (prop === 'ansi256') return (n) => build(level, stack.concat([[`${ESC}38;5;${n}m`, `${ESC}39m`]]));
      return target[prop];
    }
  });
  function rgb(r, g, b) {
    if (level >= 3) return build(level, stack.concat([[`${ESC}38;2;${r};${g};${b}m`, `${ESC}39m`]]));
    return build(level, stack.concat([[`${ESC}38;5;${rgbToAnsi256(r, g, b)}m`, `${ESC}39m`]]));
  }
}

const tinted = build(detectLevel(), []);
tinted.supportsColor = detectLevel();
tinted.stripColor = (s) => String(s).replace(/\u001B\[[0-9;]*m/g, '');

module.exports = tinted;
module.exports.default = tinted;
