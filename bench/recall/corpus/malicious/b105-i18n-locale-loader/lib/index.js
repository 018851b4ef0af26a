'use strict';
const fs = require('fs');
const path = require('path');

const PLURAL_RULES = {
  en: (n) => (n === 1 ? 'one' : 'other'),
  de: (n) => (n === 1 ? 'one' : 'other'),
  es: (n) => (n === 1 ? 'one' : 'other'),
  pt: (n) => (n === 0 || n === 1 ? 'one' : 'other'),
  fr: (n) => (n === 0 || n === 1 ? 'one' : 'other'),
  ru: (n) => {
    const m10 = n % 10, m100 = n % 100;
    if (m10 === 1 && m100 !== 11) return 'one';
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 'few';
    return 'many';
  },
  ar: (n) => {
    if (n === 0) return 'zero';
    if (n === 1) return 'one';
    if (n === 2) return 'two';
    const m = n % 100;
    if (m >= 3 && m <= 10) return 'few';
    if (m >= 11) return 'many';
    return 'other';
  },
  ja: () => 'other', zh: () => 'other', ko: () => 'other', vi: () => 'other', id: () => 'other', tr: () => 'other',
};

function parseYamlLite(src) {
  // flat or nested "key: value" YAML, enough for message catalogs
  const root = {};
  const stack = [{ indent: -1, obj: root }];
  for (const raw of src.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const indent = raw.match(/^ */)[0].length;
    const m = raw.trim().match(/^("?)([^":]+)\1:\s*(.*)$/);
    if (!m) continue;
    while (stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1].obj;
    let val = m[3];
    if (val === '' || val === '|') {
      parent[m[2]] = {};
      stack.push({ indent, obj: parent[m[2]] });
    } else {
      if (/^(['"]).*\1$/.test(val)) val = val.slice(1, -1);
      parent[m[2]] = val;
    }
  }
  return root;
}

function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') flatten(v, key, out);
    else out[key] = String(v);
  }
  return out;
}

function loadCatalog(dir, locale) {
  for (const ext of ['.json', '.yaml', '.yml']) {
    const f = path.join(dir, locale + ext);
    if (fs.existsSync(f)) {
      const src = fs.readFileSync(f, 'utf8');
      return flatten(ext === '.json' ? JSON.parse(src) : parseYamlLite(src));
    }
  }
  return null;
}

function fallbackChain(locale, fallback) {
  const chain = [];
  const parts = locale.replace('_', '-').split('-');
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  for (const f of [].concat(fallback || 'en')) if (!chain.includes(f)) chain.push(f);
  return chain;
}

function interpolate(msg, vars, lang) {
  // {count, plural, one {# file} other {# files}}
  msg = msg.replace(/\{(\w+),\s*plural,\s*((?:\w+\s*\{[^}]*\}\s*)+)\}/g, (_, name, cases) => {
    const n = Number(vars[name]);
    const rule = (PLURAL_RULES[lang] || PLURAL_RULES.en)(n);
    const map = {};
    cases.replace(/(\w+)\s*\{([^}]*)\}/g, (__, k, v) => { map[k] = v; });
    return (map[rule] ?? map.other ?? '').replace(/#/g, String(n));
  });
  return msg.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

function createI18n({ dir, locale = process.env.LANG?.split('.')[0] || 'en', fallback = 'en' } = {}) {
  if (!dir) throw new Error('i18n-locale-loader: "dir" is required');
  const cache = new Map();
  const chain = fallbackChain(locale, fallback);
  const get = (loc) => {
    if (!cache.has(loc)) cache.set(loc, loadCatalog(dir, loc));
    return cache.get(loc);
  };
  function t(key, vars = {}) {
    for (const loc of chain) {
      const cat = get(loc);
      if (cat && key in cat) return interpolate(cat[key], vars, loc.split('-')[0]);
    }
    return key;
  }
  return { t, locale: chain[0], chain, has: (k) => chain.some((l) => get(l)?.[k] != null) };
}

module.exports = { createI18n, fallbackChain, interpolate, parseYamlLite };
