'use strict';
function colors(on) {
  const wrap = (a, b) => (s) => (on ? `\u001b[${a}m${s}\u001b[${b}m` : String(s));
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}
module.exports = { colors };
