'use strict';
const ZONES = require('./zones');

const CURRENCY = { US: 'USD', CA: 'CAD', MX: 'MXN', BR: 'BRL', AR: 'ARS', GB: 'GBP', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', TR: 'TRY', UA: 'UAH', JP: 'JPY', KR: 'KRW', CN: 'CNY', HK: 'HKD', TW: 'TWD', SG: 'SGD', IN: 'INR', ID: 'IDR', TH: 'THB', PH: 'PHP', AE: 'AED', IL: 'ILS', ZA: 'ZAR', NG: 'NGN', KE: 'KES', EG: 'EGP', AU: 'AUD', NZ: 'NZD', CO: 'COP', PE: 'PEN', CL: 'CLP' };
const EURO = new Set(['IE', 'PT', 'ES', 'FR', 'DE', 'NL', 'BE', 'IT', 'AT', 'FI', 'GR']);
const currencyOf = r => (r ? (EURO.has(r) ? 'EUR' : CURRENCY[r] || null) : null);

function regionFromTimeZone(tz) { return ZONES[tz] || null; }

function userLanguages() {
  if (typeof navigator !== 'undefined' && navigator.languages) return [...navigator.languages];
  const env = (typeof process !== 'undefined' && (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG)) || '';
  const l = env.split('.')[0].replace('_', '-');
  return l && l !== 'C' && l !== 'POSIX' ? [l] : [];
}

function negotiate(wanted, supported) {
  const lower = supported.map(s => s.toLowerCase());
  for (const w of wanted) {
    const i = lower.indexOf(w.toLowerCase());
    if (i > -1) return supported[i];
  }
  for (const w of wanted) {
    const lang = w.split('-')[0].toLowerCase();
    const i = lower.findIndex(s => s.split('-')[0] === lang);
    if (i > -1) return supported[i];
  }
  return null;
}

function bestForRegion(region, supported) {
  return supported.find(s => s.split('-')[1] === region) || null;
}

async function geoCountry(endpoint, timeoutMs) {
  const r = await fetch(endpoint, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  const j = await r.json();
  return (j.country || j.countryCode || j.country_code || '').toUpperCase() || null;
}

async function pick({ supported, fallback, preferred, geoEndpoint, timeoutMs = 1500 }) {
  let tz = null;
  try { tz = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch {}
  const tzRegion = tz ? regionFromTimeZone(tz) : null;

  if (preferred && supported.includes(preferred)) return { locale: preferred, region: preferred.split('-')[1] || tzRegion, currency: currencyOf(preferred.split('-')[1] || tzRegion), source: 'preferred' };

  const langs = userLanguages();
  const byLang = negotiate(langs, supported);
  if (byLang) {
    const region = byLang.split('-')[1] || tzRegion;
    return { locale: byLang, region, currency: currencyOf(region), source: 'language' };
  }
  if (tzRegion) {
    const l = bestForRegion(tzRegion, supported);
    if (l) return { locale: l, region: tzRegion, currency: currencyOf(tzRegion), source: 'timezone' };
  }
  if (geoEndpoint) {
    try {
      const c = await geoCountry(geoEndpoint, timeoutMs);
      const l = c && bestForRegion(c, supported);
      if (l) return { locale: l, region: c, currency: currencyOf(c), source: 'geo' };
    } catch {}
  }
  return { locale: fallback, region: tzRegion, currency: currencyOf(tzRegion), source: 'fallback' };
}

function createI18n(locale, catalogs) {
  const lang = locale.split('-')[0];
  const fallbackKey = Object.keys(catalogs).find(k => k.startsWith(lang + '-')) || Object.keys(catalogs)[0];
  const cat = catalogs[locale] || catalogs[fallbackKey] || {};
  return (key, vars = {}) => (cat[key] ?? key).replace(/\{(\w+)\}/g, (_, k) => {
    const v = vars[k];
    return typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v ?? `{${k}}`;
  });
}

module.exports = { pick, regionFromTimeZone, createI18n, negotiate };
