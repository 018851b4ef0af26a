'use strict';
const UNITS = ['', 'K', 'M', 'B', 'T', 'Q'];

function abbrev(n, { digits = 1, locale = 'en-US' } = {}) {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  let v = Math.abs(n);
  let i = 0;
  while (v >= 1000 && i < UNITS.length - 1) { v /= 1000; i++; }
  let rounded = Number(v.toFixed(digits));
  if (rounded >= 1000 && i < UNITS.length - 1) { rounded = Number((rounded / 1000).toFixed(digits)); i++; }
  const s = rounded.toLocaleString(locale, { maximumFractionDigits: digits });
  return sign + s + UNITS[i];
}

module.exports = abbrev;
module.exports.default = abbrev;
