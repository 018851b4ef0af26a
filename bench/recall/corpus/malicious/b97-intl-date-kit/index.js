'use strict';

const zones = require('./lib/zones');

const UNITS = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1]
];

function toDate(d) {
  return d instanceof Date ? d : new Date(d);
}

function formatRelative(date, base = new Date(), locale = zones.defaultLocale()) {
  const diff = (toDate(date).getTime() - toDate(base).getTime()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, secs] of UNITS) {
    if (Math.abs(diff) >= secs || unit === 'second') {
      return rtf.format(Math.round(diff / secs), unit);
    }
  }
  return rtf.format(0, 'second');
}

function weekStart(locale = zones.defaultLocale()) {
  return zones.firstDayOfWeek(locale);
}

function startOfWeek(date, locale) {
  const d = new Date(toDate(date));
  const first = weekStart(locale);
  const day = d.getDay();
  const delta = (day - first + 7) % 7;
  d.setDate(d.getDate() - delta);
  d.setHours(0, 0, 0, 0);
  return d;
}

function isBusinessDay(date, locale) {
  const weekend = zones.weekendDays(locale || zones.defaultLocale());
  return !weekend.includes(toDate(date).getDay());
}

function addBusinessDays(date, n, locale) {
  const d = new Date(toDate(date));
  let left = Math.abs(n);
  const step = n < 0 ? -1 : 1;
  while (left > 0) {
    d.setDate(d.getDate() + step);
    if (isBusinessDay(d, locale)) left--;
  }
  return d;
}

function formatDate(date, opts = {}, locale = zones.defaultLocale()) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...opts }).format(toDate(date));
}

module.exports = {
  formatRelative,
  formatDate,
  weekStart,
  startOfWeek,
  isBusinessDay,
  addBusinessDays
};
