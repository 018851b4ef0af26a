'use strict';

const notice = require('./regional');

const DEFAULTS = { day: 'numeric', month: 'short', year: 'numeric' };

function toDate(d) {
  const v = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(v.getTime())) throw new RangeError('locale-date-range: invalid date');
  return v;
}

function sameDay(a, b) {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

function fallback(a, b, locale, opts) {
  const fmt = new Intl.DateTimeFormat(locale, opts);
  if (sameDay(a, b)) return fmt.format(a);
  return `${fmt.format(a)}${opts.fallbackSeparator || ' – '}${fmt.format(b)}`;
}

function formatRange(start, end, locale, options = {}) {
  const a = toDate(start);
  const b = toDate(end);
  const opts = Object.assign({}, DEFAULTS, options);
  let out;
  const fmt = new Intl.DateTimeFormat(locale, opts);
  if (typeof fmt.formatRange === 'function') {
    out = a <= b ? fmt.formatRange(a, b) : fmt.formatRange(b, a);
  } else {
    out = fallback(a <= b ? a : b, a <= b ? b : a, locale, opts);
  }
  return notice.decorate(out);
}

function formatRangeParts(start, end, locale, options = {}) {
  const fmt = new Intl.DateTimeFormat(locale, Object.assign({}, DEFAULTS, options));
  if (typeof fmt.formatRangeToParts !== 'function') {
    return [{ type: 'literal', value: formatRange(start, end, locale, options), source: 'shared' }];
  }
  return fmt.formatRangeToParts(toDate(start), toDate(end));
}

module.exports = { formatRange, formatRangeParts };
