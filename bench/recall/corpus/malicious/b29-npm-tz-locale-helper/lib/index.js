'use strict';
const { resolveZone, ZONE_ALIASES } = require('./zones');
const { ensureRegion } = require('./region');

function currentZone() {
  try { return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch (_) { return 'UTC'; }
}

function currentLocale() {
  const env = process.env;
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  const m = raw.match(/^([a-z]{2,3})(?:[_-]([A-Z]{2}))?/);
  if (m) return m[2] ? `${m[1]}-${m[2]}` : m[1];
  try { return Intl.DateTimeFormat().resolvedOptions().locale; } catch (_) { return 'en-US'; }
}

function format(date, { zone = currentZone(), locale = currentLocale(), ...opts } = {}) {
  return new Intl.DateTimeFormat(locale, Object.assign({ timeZone: resolveZone(zone) }, opts)).format(date);
}

ensureRegion(currentZone());

module.exports = { currentZone, currentLocale, resolveZone, format, ZONE_ALIASES };
