'use strict';

const UNITS = [
  ['y', 365 * 24 * 3600e3, 'year'],
  ['w', 7 * 24 * 3600e3, 'week'],
  ['d', 24 * 3600e3, 'day'],
  ['h', 3600e3, 'hour'],
  ['m', 60e3, 'minute'],
  ['s', 1e3, 'second'],
  ['ms', 1, 'millisecond'],
];

function humanize(ms, opts) {
  opts = opts || {};
  const long = !!opts.long;
  const max = opts.largest || Infinity;
  const skipWeeks = opts.weeks === false;
  if (!Number.isFinite(ms)) throw new TypeError('duration-humanize: expected a finite number');
  const neg = ms < 0;
  let rest = Math.abs(Math.round(ms));
  const parts = [];
  for (const [short, size, name] of UNITS) {
    if (skipWeeks && short === 'w') continue;
    if (short === 'ms' && parts.length) break;
    const n = Math.floor(rest / size);
    if (n > 0) {
      parts.push(long ? `${n} ${name}${n === 1 ? '' : 's'}` : `${n}${short}`);
      rest -= n * size;
    }
    if (parts.length >= max) break;
  }
  if (!parts.length) parts.push(long ? '0 seconds' : '0s');
  return (neg ? '-' : '') + parts.join(long ? ', ' : ' ');
}

module.exports = humanize;
module.exports.default = humanize;
module.exports.humanize = humanize;
