'use strict';
const { defaultLocale } = require('./locale');

const cache = new Map();
function fmt(locale, opts) {
  const key = locale + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) { f = new Intl.NumberFormat(locale, opts); cache.set(key, f); }
  return f;
}

function number(n, { locale = defaultLocale(), digits = 2, min = 0 } = {}) {
  return fmt(locale, { maximumFractionDigits: digits, minimumFractionDigits: min }).format(n);
}

function currency(n, code = 'USD', locale = defaultLocale(), display = 'symbol') {
  return fmt(locale, { style: 'currency', currency: code, currencyDisplay: display }).format(n);
}

function percent(n, { locale = defaultLocale(), digits = 0 } = {}) {
  return fmt(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

function compact(n, { locale = defaultLocale(), display = 'short' } = {}) {
  return fmt(locale, { notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 }).format(n);
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
function bytes(n, { binary = true, locale = defaultLocale(), digits = 1 } = {}) {
  const base = binary ? 1024 : 1000;
  let i = 0;
  while (Math.abs(n) >= base && i < UNITS.length - 1) { n /= base; i++; }
  return `${number(n, { locale, digits })} ${UNITS[i]}`;
}

function parse(str, locale = defaultLocale()) {
  const parts = fmt(locale, {}).formatToParts(12345.6);
  const group = (parts.find((p) => p.type === 'group') || {}).value || ',';
  const decimal = (parts.find((p) => p.type === 'decimal') || {}).value || '.';
  return Number(String(str).split(group).join('').replace(decimal, '.').replace(/[^\d.+-eE]/g, ''));
}

module.exports = { number, currency, percent, compact, bytes, parse, defaultLocale };
