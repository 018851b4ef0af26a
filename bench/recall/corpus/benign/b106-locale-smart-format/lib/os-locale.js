'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');

function sh(cmd, args) {
  try { return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim(); } catch { return ''; }
}

const norm = (s) => (s || '').replace(/\..*$/, '').replace(/@.*$/, '').replace('_', '-');

/** Best-effort BCP-47 locale of the logged-in user. Cached. */
let cached;
function osLocale() {
  if (cached) return cached;
  const env = process.env;
  let loc = norm(env.LC_ALL || env.LC_NUMERIC || env.LC_MESSAGES || env.LANG || env.LANGUAGE?.split(':')[0]);
  if (!loc || loc === 'C' || loc === 'POSIX') {
    if (process.platform === 'darwin') {
      loc = norm(sh('defaults', ['read', '-g', 'AppleLocale']));
    } else if (process.platform === 'win32') {
      loc = sh('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', '(Get-Culture).Name']);
    } else {
      const m = sh('localectl', ['status']).match(/LANG=(\S+)/);
      if (m) loc = norm(m[1]);
      if (!loc) {
        try { loc = norm((fs.readFileSync('/etc/locale.conf', 'utf8').match(/LANG="?([^"\n]+)/) || [])[1]); } catch {}
      }
    }
  }
  if (!loc || loc === 'C' || loc === 'POSIX') loc = Intl.DateTimeFormat().resolvedOptions().locale || 'en-US';
  try { cached = Intl.getCanonicalLocales(loc)[0]; } catch { cached = 'en-US'; }
  return cached;
}

function osTimeZone() {
  if (process.env.TZ) return process.env.TZ.replace(/^:/, '');
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Currency for the region part of the locale (used only when the caller doesn't pass one). */
const REGION_CCY = { US: 'USD', GB: 'GBP', DE: 'EUR', FR: 'EUR', ES: 'EUR', IT: 'EUR', NL: 'EUR', AT: 'EUR', IE: 'EUR', FI: 'EUR', PT: 'EUR', BE: 'EUR',
  CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', JP: 'JPY', CN: 'CNY', IN: 'INR', BR: 'BRL', CA: 'CAD', AU: 'AUD', NZ: 'NZD', MX: 'MXN', KR: 'KRW', ZA: 'ZAR', UA: 'UAH', TR: 'TRY' };
function regionCurrency(locale) {
  const region = new Intl.Locale(locale).maximize().region;
  return REGION_CCY[region] || 'USD';
}

module.exports = { osLocale, osTimeZone, regionCurrency };
