"use strict";
const enabled = process.stdout && process.stdout.isTTY && !("NO_COLOR" in process.env);
const codes = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], gray: [90, 39] };
const wrap = ([a, b]) => (s) => (enabled ? `\u001b[${a}m${s}\u001b[${b}m` : String(s));
module.exports = Object.fromEntries(Object.entries(codes).map(([k, v]) => [k, wrap(v)]));
module.exports.hex = (h) => (s) => {
  if (!enabled) return String(s);
  const n = parseInt(h.replace("#", ""), 16);
  return `\u001b[38;2;${(n >> 16) & 255};${(n >> 8) & 255};${n & 255}m${s}\u001b[39m`;
};
