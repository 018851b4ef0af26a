'use strict';

const enabled = (() => {
  if ('NO_COLOR' in process.env) return false;
  if ('FORCE_COLOR' in process.env) return true;
  return !!(process.stdout && process.stdout.isTTY) && process.env.TERM !== 'dumb';
})();

const codes = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  inverse: [7, 27], hidden: [8, 28], strike: [9, 29],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39], gray: [90, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49]
};

function wrap(open, close) {
  const o = `\u001b[${open}m`;
  const c = `\u001b[${close}m`;
  return (input) => {
    const s = String(input);
    if (!enabled) return s;
    return o + s.split(c).join(c + o) + c;
  };
}

const glow = {};
for (const [name, [open, close]] of Object.entries(codes)) glow[name] = wrap(open, close);

glow.enabled = enabled;
glow.strip = (s) => String(s).replace(/\u001b\[[0-9;]*m/g, '');
glow.rgb = (r, g, b) => wrap(`38;2;${r};${g};${b}`, 39);

module.exports = glow;
