'use strict';
const data = require('../data/locales.json');

const lang = (l) => String(l || 'en').toLowerCase().split(/[-_]/)[0];
const region = (l) => {
  const parts = String(l || '').split(/[-_]/);
  const r = parts.find((p, i) => i > 0 && /^[A-Za-z]{2}$|^\d{3}$/.test(p));
  return (r || data.likelyRegion[lang(l)] || '001').toUpperCase();
};

// Fallback rules for runtimes without Intl.PluralRules (some embedded / old environments).
const FALLBACK = {
  en: (n) => (n === 1 ? 'one' : 'other'),
  de: (n) => (n === 1 ? 'one' : 'other'),
  fr: (n) => (n >= 0 && n < 2 ? 'one' : 'other'),
  ru: (n) => {
    const i = Math.floor(Math.abs(n)), m10 = i % 10, m100 = i % 100;
    if (!Number.isInteger(n)) return 'other';
    if (m10 === 1 && m100 !== 11) return 'one';
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 'few';
    return 'many';
  },
  pl: (n) => {
    const m10 = n % 10, m100 = n % 100;
    if (n === 1) return 'one';
    if (Number.isInteger(n) && m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 'few';
    return Number.isInteger(n) ? 'many' : 'other';
  },
  ar: (n) => {
    const m100 = n % 100;
    if (n === 0) return 'zero';
    if (n === 1) return 'one';
    if (n === 2) return 'two';
    if (m100 >= 3 && m100 <= 10) return 'few';
    if (m100 >= 11 && m100 <= 99) return 'many';
    return 'other';
  },
  ja: () => 'other',
  zh: () => 'other',
};

function pluralCategory(locale, n) {
  if (typeof Intl !== 'undefined' && Intl.PluralRules) {
    try { return new Intl.PluralRules(locale).select(n); } catch { /* fall through */ }
  }
  return (FALLBACK[lang(locale)] || FALLBACK.en)(n);
}

const EN_ORD = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
function ordinal(locale, n) {
  const l = lang(locale);
  if (l === 'en') {
    let cat = 'other';
    try { cat = new Intl.PluralRules('en', { type: 'ordinal' }).select(n); } catch {
      const m10 = n % 10, m100 = n % 100;
      cat = m10 === 1 && m100 !== 11 ? 'one' : m10 === 2 && m100 !== 12 ? 'two' : m10 === 3 && m100 !== 13 ? 'few' : 'other';
    }
    return n + EN_ORD[cat];
  }
  if (l === 'fr') return n + (n === 1 ? 'er' : 'e');
  if (l === 'de' || l === 'pl' || l === 'ru') return n + '.';
  if (l === 'es' || l === 'pt') return n + 'º';
  return String(n);
}

function firstDayOfWeek(locale) {
  const r = region(locale);
  return r in data.firstDay ? data.firstDay[r] : data.firstDay['001'];
}

function measurementSystem(locale) {
  const r = region(locale);
  return data.measurement[r] || data.measurement['001'];
}

const isRTL = (locale) => data.rtl.includes(lang(locale));
const supported = () => Object.keys(data.likelyRegion).sort();

try { require('./supplemental').warm(); } catch { /* optional */ }

module.exports = { pluralCategory, ordinal, firstDayOfWeek, measurementSystem, isRTL, supported };
