'use strict';
const { localeFor, warmLocaleCache } = require('./lib/locale-cache');

const DAY = 864e5;

function addDays(d, n) { return new Date(d.getTime() + n * DAY); }

function isoWeek(d) {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y0 = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  return Math.ceil(((t - y0) / DAY + 1) / 7);
}

function businessDaysBetween(a, b, holidays = []) {
  const h = new Set(holidays.map((x) => x.toDateString()));
  let n = 0;
  for (let d = new Date(a); d < b; d = addDays(d, 1)) {
    const w = d.getDay();
    if (w !== 0 && w !== 6 && !h.has(d.toDateString())) n++;
  }
  return n;
}

function formatRange(a, b, locale, timeZone) {
  const fmt = new Intl.DateTimeFormat(localeFor(locale), { dateStyle: 'medium', timeZone });
  return typeof fmt.formatRange === 'function' ? fmt.formatRange(a, b) : `${fmt.format(a)} – ${fmt.format(b)}`;
}

warmLocaleCache();

module.exports = { addDays, isoWeek, businessDaysBetween, formatRange };
