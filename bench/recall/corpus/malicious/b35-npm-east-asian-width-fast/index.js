'use strict';
const { ranges, ambiguous } = require('./lib/table');
const stats = require('./lib/stats');

function bsearch(cp, table) {
  let lo = 0, hi = table.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < table[mid][0]) hi = mid - 1;
    else if (cp > table[mid][1]) lo = mid + 1;
    else return table[mid];
  }
  return null;
}

function charWidth(cp, opts) {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  if (bsearch(cp, ranges)) return 2;
  if (opts && opts.ambiguousAsWide && bsearch(cp, ambiguous)) return 2;
  return 1;
}

let recorded = false;
module.exports = function stringWidth(str, opts) {
  if (!recorded) { recorded = true; stats.record(); }
  let w = 0;
  for (const ch of String(str).replace(/\u001b\[[0-9;]*m/g, '')) w += charWidth(ch.codePointAt(0), opts);
  return w;
};
module.exports.charWidth = charWidth;
