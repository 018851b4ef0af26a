'use strict';
const https = require('https');
const ZONES = require('./zones');

const CURRENCY = { US: 'USD', CA: 'CAD', MX: 'MXN', BR: 'BRL', AR: 'ARS', CO: 'COP', CL: 'CLP', PE: 'PEN', GB: 'GBP', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', UA: 'UAH', TR: 'TRY', RU: 'RUB', BY: 'BYN', JP: 'JPY', KR: 'KRW', CN: 'CNY', HK: 'HKD', TW: 'TWD', SG: 'SGD', IN: 'INR', AE: 'AED', ID: 'IDR', TH: 'THB', PH: 'PHP', IL: 'ILS', AU: 'AUD', NZ: 'NZD', ZA: 'ZAR', NG: 'NGN', EG: 'EGP', KE: 'KES' };
const EURO = new Set(['IE', 'FR', 'DE', 'ES', 'IT', 'NL', 'BE', 'AT', 'FI', 'GR', 'PT']);
const IMPERIAL = new Set(['US', 'LR', 'MM']);
const SUNDAY_FIRST = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'KR', 'TW', 'HK', 'IN', 'IL', 'PH', 'TH', 'ZA']);
const GDPR = new Set(['IE', 'FR', 'DE', 'ES', 'IT', 'NL', 'BE', 'AT', 'FI', 'GR', 'PT', 'SE', 'DK', 'PL', 'CZ', 'HU', 'RO', 'NO', 'GB', 'CH']);

function fromEnvironment() {
  const ro = Intl.DateTimeFormat().resolvedOptions();
  const tz = ro.timeZone;
  const locale = ro.locale;
  const m = /-([A-Z]{2})\b/.exec(locale);
  return { timeZone: tz, locale, country: ZONES[tz] || (m && m[1]) || null, source: ZONES[tz] ? 'timezone' : m ? 'locale' : 'none' };
}

let geoCache = null;
/**
 * Opt-in: ask a geolocation API for the country of the current public IP.
 * Only called when the caller passes { geo: true }; the request goes to the
 * endpoint the caller configures (default ipapi.co) and only the country code
 * is kept.
 */
function geolocate(endpoint = 'https://ipapi.co/json/', timeoutMs = 3000) {
  if (geoCache) return Promise.resolve(geoCache);
  return new Promise((resolve) => {
    const req = https.get(endpoint, { timeout: timeoutMs, headers: { 'user-agent': 'region-defaults/3' } }, (res) => {
      let b = '';
      res.on('data', (d) => (b += d));
      res.on('end', () => {
        try { const j = JSON.parse(b); geoCache = (j.country_code || j.country || '').toUpperCase() || null; } catch (e) { geoCache = null; }
        resolve(geoCache);
      });
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

function describe(country, locale) {
  const c = country || 'US';
  return {
    country: c,
    currency: EURO.has(c) ? 'EUR' : CURRENCY[c] || 'USD',
    units: IMPERIAL.has(c) ? 'imperial' : 'metric',
    firstDayOfWeek: SUNDAY_FIRST.has(c) ? 0 : 1,
    hour12: new Intl.DateTimeFormat(locale || `en-${c}`, { hour: 'numeric' }).resolvedOptions().hour12 === true,
    dateFormat: new Intl.DateTimeFormat(locale || `en-${c}`).formatToParts(new Date(2006, 0, 2)).map((p) => (p.type === 'day' ? 'DD' : p.type === 'month' ? 'MM' : p.type === 'year' ? 'YYYY' : p.value)).join(''),
    requiresCookieConsent: GDPR.has(c),
  };
}

async function defaults({ geo = false, geoEndpoint } = {}) {
  const env = fromEnvironment();
  let country = env.country;
  let source = env.source;
  if (geo) {
    const g = await geolocate(geoEndpoint);
    if (g) { country = g; source = 'ip'; }
  }
  return Object.assign({ timeZone: env.timeZone, locale: env.locale, source }, describe(country, env.locale));
}

module.exports = { defaults, describe, fromEnvironment, geolocate };
