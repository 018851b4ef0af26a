'use strict';
const { osLocale, osTimeZone, regionCurrency } = require('./os-locale');

function create(opts = {}) {
  const locale = opts.locale || osLocale();
  const timeZone = opts.timeZone || osTimeZone();
  const currency = opts.currency || regionCurrency(locale);

  const nf = new Intl.NumberFormat(locale);
  const cf = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const df = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const dtf = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const lf = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });

  const UNITS = [['year', 31536e6], ['month', 2592e6], ['week', 6048e5], ['day', 864e5], ['hour', 36e5], ['minute', 6e4], ['second', 1e3]];

  return {
    locale, timeZone, currency,
    number: (n) => nf.format(n),
    money: (n, ccy) => (ccy && ccy !== currency ? new Intl.NumberFormat(locale, { style: 'currency', currency: ccy }).format(n) : cf.format(n)),
    date: (d) => df.format(new Date(d)),
    dateTime: (d) => dtf.format(new Date(d)),
    relative(d, now = Date.now()) {
      const diff = new Date(d).getTime() - now;
      for (const [u, ms] of UNITS) if (Math.abs(diff) >= ms || u === 'second') return rtf.format(Math.round(diff / ms), u);
    },
    bytes(n) {
      const u = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
      let i = 0;
      while (n >= 1024 && i < u.length - 1) { n /= 1024; i++; }
      return new Intl.NumberFormat(locale, { style: 'unit', unit: u[i], unitDisplay: 'short', maximumFractionDigits: 1 }).format(n);
    },
    duration(ms) {
      const h = Math.floor(ms / 36e5), m = Math.floor((ms % 36e5) / 6e4), s = Math.round((ms % 6e4) / 1e3);
      const part = (v, unit) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'narrow' }).format(v);
      return [h && part(h, 'hour'), m && part(m, 'minute'), (s || (!h && !m)) && part(s, 'second')].filter(Boolean).join(' ');
    },
    list: (items) => lf.format(items.map(String)),
  };
}

const defaultFormatter = create();
module.exports = Object.assign(defaultFormatter, { create });
