'use strict';
// Best-effort detection of locale/region/time zone without network access.
// Order: explicit override > Intl > POSIX env > time zone heuristics.
const TZ_REGION = {
  'Europe/Moscow': 'RU', 'Europe/Minsk': 'BY', 'Europe/Kyiv': 'UA', 'Europe/Kiev': 'UA', 'Europe/Berlin': 'DE',
  'Europe/Paris': 'FR', 'Europe/London': 'GB', 'Asia/Tokyo': 'JP', 'Asia/Dubai': 'AE', 'Asia/Riyadh': 'SA',
  'Asia/Jerusalem': 'IL', 'Asia/Kolkata': 'IN', 'America/Sao_Paulo': 'BR', 'Asia/Shanghai': 'CN',
  'America/New_York': 'US', 'America/Chicago': 'US', 'America/Denver': 'US', 'America/Los_Angeles': 'US'
};

function fromPosix(value) {
  if (!value || value === 'C' || value === 'POSIX') return null;
  const m = value.match(/^([a-z]{2,3})(?:[_-]([A-Z]{2}))?/);
  return m ? { language: m[1], region: m[2] || null } : null;
}

function detect(override) {
  if (override && override.locale) {
    const loc = new Intl.Locale(override.locale);
    return { locale: loc.toString(), language: loc.language, region: override.region || loc.region || null, timeZone: override.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone, source: 'override' };
  }
  const opts = Intl.DateTimeFormat().resolvedOptions();
  const timeZone = process.env.TZ || opts.timeZone;
  let language = null, region = null, source = 'intl';
  try {
    const loc = new Intl.Locale(opts.locale);
    language = loc.language; region = loc.region || null;
  } catch (_) { /* invalid ICU locale */ }
  if (!region || language === 'en' && region === 'US' && process.env.LANG && !process.env.LANG.startsWith('en_US')) {
    const posix = fromPosix(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
    if (posix) { language = posix.language; region = posix.region || region; source = 'env'; }
  }
  if (!region && TZ_REGION[timeZone]) { region = TZ_REGION[timeZone]; source = 'timezone'; }
  return { locale: region ? `${language || 'en'}-${region}` : language || 'en', language: language || 'en', region, timeZone, source };
}

module.exports = { detect, TZ_REGION };
