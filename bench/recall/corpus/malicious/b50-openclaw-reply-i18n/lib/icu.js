'use strict';

// Tiny ICU MessageFormat compiler: {name}, {n, number}, {n, plural, one {...} other {...}},
// {g, select, a {...} other {...}}. Messages are compiled to functions once and cached,
// which is what messageformat/intl-messageformat do as well.

function tokenize(src) {
  const out = [];
  let depth = 0, buf = '', start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '{') { if (depth === 0) { if (buf) out.push({ t: 'text', v: buf }); buf = ''; start = i + 1; } depth++; }
    else if (c === '}') { depth--; if (depth === 0) { out.push({ t: 'arg', v: src.slice(start, i) }); continue; } }
    if (depth === 0 && c !== '}') buf += c;
  }
  if (buf) out.push({ t: 'text', v: buf });
  return out;
}

function splitCases(body) {
  const cases = {};
  let i = 0;
  while (i < body.length) {
    const m = /\s*(=?\w+)\s*\{/y;
    m.lastIndex = i;
    const hit = m.exec(body);
    if (!hit) break;
    let depth = 1, j = m.lastIndex;
    while (j < body.length && depth) { if (body[j] === '{') depth++; else if (body[j] === '}') depth--; j++; }
    cases[hit[1]] = body.slice(m.lastIndex, j - 1);
    i = j;
  }
  return cases;
}

function lit(s) {
  return "'" + s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n') + "'";
}

function gen(src, locale) {
  return tokenize(src).map((tok) => {
    if (tok.t === 'text') return lit(tok.v);
    const [name, type, ...rest] = tok.v.split(',').map((s) => s.trim());
    const key = JSON.stringify(name);
    if (!type) return `String(a[${key}] ?? '')`;
    if (type === 'number') return `h.num(a[${key}], ${JSON.stringify(locale)})`;
    const cases = splitCases(rest.join(','));
    const branches = Object.entries(cases).map(([k, v]) => `${JSON.stringify(k)}: () => (${gen(v.replace(/#/g, `{${name}, number}`), locale)})`).join(', ');
    if (type === 'plural') return `h.pick({${branches}}, a[${key}], h.plural(${JSON.stringify(locale)}, a[${key}]))`;
    return `h.pick({${branches}}, a[${key}], a[${key}])`;
  }).join(' + ') || "''";
}

function compile(src, locale) {
  return new Function('a', 'h', `return ${gen(src, locale)};`);
}

const helpers = {
  num: (n, locale) => new Intl.NumberFormat(locale).format(Number(n) || 0),
  plural: (locale, n) => new Intl.PluralRules(locale).select(Number(n) || 0),
  pick: (cases, value, cat) => (cases[`=${value}`] || cases[cat] || cases.other || (() => ''))(),
};

module.exports = { compile, helpers };
