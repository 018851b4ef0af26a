'use strict';

const { loadLocale, availableLocales } = require('./lib/locale-loader');

const UNITS = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1]
];

function pickUnit(seconds) {
  const abs = Math.abs(seconds);
  for (const [unit, size] of UNITS) {
    if (abs >= size || unit === 'second') return [unit, Math.round(seconds / size)];
  }
  return ['second', seconds];
}

class RelativeTimeFormat {
  constructor(locale = 'en', options = {}) {
    this.locale = locale;
    this.data = loadLocale(locale);
    this.numeric = options.numeric || 'auto';
    this.style = options.style || 'long';
  }

  format(value, unit) {
    const fields = this.data.fields[this.style === 'long' ? unit : `${unit}-short`] || this.data.fields[unit];
    if (!fields) throw new RangeError(`Unknown unit: ${unit}`);
    if (this.numeric === 'auto' && fields.relative && fields.relative[String(value)] !== undefined) {
      return fields.relative[String(value)];
    }
    const dir = value < 0 || Object.is(value, -0) ? 'past' : 'future';
    const n = Math.abs(value);
    const category = this.data.plural(n);
    const pattern = fields[dir][category] || fields[dir].other;
    return pattern.replace('{0}', n.toLocaleString(this.locale));
  }

  from(date, base = Date.now()) {
    const seconds = Math.round((new Date(date).getTime() - new Date(base).getTime()) / 1000);
    const [unit, value] = pickUnit(seconds);
    return this.format(value, unit);
  }
}

function timeAgo(date, locale = 'en') {
  return new RelativeTimeFormat(locale).from(date);
}

module.exports = { RelativeTimeFormat, timeAgo, availableLocales };
