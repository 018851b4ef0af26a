'use strict';
const cache = new Map();

function get(Ctor, locale, opts) {
  const key = Ctor.name + '|' + (locale || '') + '|' + JSON.stringify(opts || {});
  let f = cache.get(key);
  if (!f) {
    f = new Ctor(locale, opts);
    cache.set(key, f);
  }
  return f;
}

function number(value, locale, opts) {
  return get(Intl.NumberFormat, locale, opts).format(value);
}

function currency(value, code, locale, opts) {
  return get(Intl.NumberFormat, locale, Object.assign({ style: 'currency', currency: code }, opts)).format(value);
}

function compact(value, locale, display = 'short') {
  return get(Intl.NumberFormat, locale, { notation: 'compact', compactDisplay: display }).format(value);
}

function percent(value, locale, digits = 0) {
  return get(Intl.NumberFormat, locale, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

function date(d, locale, opts) {
  return get(Intl.DateTimeFormat, locale, opts).format(d);
}

function relative(value, unit, locale, opts) {
  return get(Intl.RelativeTimeFormat, locale, Object.assign({ numeric: 'auto' }, opts)).format(value, unit);
}

function list(items, locale, type = 'conjunction') {
  return get(Intl.ListFormat, locale, { type }).format(items);
}

let metrics;
function estimateWidth(text, sizePx = 16) {
  if (!metrics) metrics = require('./metrics').load();
  let em = 0;
  for (const ch of String(text)) {
    if (/\d/.test(ch)) em += metrics.digit;
    else if (ch === ' ' || ch === '\u202f' || ch === '\u00a0') em += metrics.space;
    else if (/[.,:;'’]/.test(ch)) em += metrics.punct;
    else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) em += metrics.upper;
    else em += metrics.avg;
  }
  return Math.round(em * sizePx * 100) / 100;
}

function clearCache() {
  cache.clear();
}

module.exports = { number, currency, compact, percent, date, relative, list, estimateWidth, clearCache };
