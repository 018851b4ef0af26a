const FSI = String.fromCharCode(0x2068), PDI = String.fromCharCode(0x2069);
const RTL = new Set(['ar', 'he', 'fa', 'ur']);
const catalogs = { en: require('./locales/en.json'), de: require('./locales/de.json'), ar: require('./locales/ar.json') };

function pluralKey(locale, n) { return new Intl.PluralRules(locale).select(n); }

function resolve(obj, key) { return key.split('.').reduce((o, k) => (o == null ? o : o[k]), obj); }

function t(locale, key, vars = {}) {
  const base = locale.split('-')[0];
  let msg = resolve(catalogs[base] || catalogs.en, key) ?? resolve(catalogs.en, key) ?? key;
  if (typeof msg === 'object') msg = msg[pluralKey(locale, vars.count ?? 0)] ?? msg.other;
  return msg.replace(/\{(\w+)\}/g, (_, name) => {
    const v = vars[name] instanceof Date ? new Intl.DateTimeFormat(locale).format(vars[name]) : typeof vars[name] === 'number' ? new Intl.NumberFormat(locale).format(vars[name]) : String(vars[name] ?? '');
    return RTL.has(base) ? FSI + v + PDI : v;
  });
}

module.exports = { t, register(locale, data) { catalogs[locale] = data; } };
