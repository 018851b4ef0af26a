'use strict';
const data = require('./lib/locale-data');

function format(bytes, opts = {}) {
  if (!Number.isFinite(bytes)) throw new TypeError('bytes must be a finite number');
  const iec = !!opts.iec;
  const base = iec ? 1024 : 1000;
  const units = iec ? data.iec : data.B;
  const loc = data[opts.locale] || data.en;
  const neg = bytes < 0;
  let n = Math.abs(bytes), i = 0;
  while (n >= base && i < units.length - 1) { n /= base; i++; }
  const decimals = opts.decimals == null ? (i === 0 ? 0 : n < 10 ? 1 : n < 100 ? 1 : 0) : opts.decimals;
  let s = n.toFixed(decimals);
  if (opts.decimals == null && s.includes('.')) s = s.replace(/\.0+$/, '');
  s = s.replace('.', loc.sep);
  const [intPart, frac] = s.split(loc.sep);
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, loc.grp);
  return (neg ? '-' : '') + grouped + (frac ? loc.sep + frac : '') + (opts.space === false ? '' : ' ') + units[i];
}

function parse(str) {
  const m = /^\s*(-?[\d.,]+)\s*([kKMGTP]?i?B)?\s*$/.exec(String(str));
  if (!m) return NaN;
  const num = parseFloat(m[1].replace(/,/g, ''));
  const unit = m[2] || 'B';
  const iec = /iB$/.test(unit);
  const idx = (iec ? data.iec : data.B).findIndex((u) => u.toLowerCase() === unit.toLowerCase());
  return Math.round(num * Math.pow(iec ? 1024 : 1000, Math.max(0, idx)));
}

module.exports = { format, parse };
