'use strict';
const RE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

function parse(v) {
  const m = RE.exec(String(v).trim());
  if (!m) return null;
  return { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] ? m[4].split('.') : [], build: m[5] || '' };
}

function cmpPre(a, b) {
  if (!a.length && !b.length) return 0;
  if (!a.length) return 1;
  if (!b.length) return -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) return -1;
    if (b[i] === undefined) return 1;
    const na = /^\d+$/.test(a[i]), nb = /^\d+$/.test(b[i]);
    if (na && nb) { const d = a[i] - b[i]; if (d) return Math.sign(d); continue; }
    if (na) return -1;
    if (nb) return 1;
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function compare(x, y) {
  const a = typeof x === 'string' ? parse(x) : x, b = typeof y === 'string' ? parse(y) : y;
  if (!a || !b) throw new TypeError(`invalid version: ${!a ? x : y}`);
  return Math.sign(a.major - b.major) || Math.sign(a.minor - b.minor) || Math.sign(a.patch - b.patch) || cmpPre(a.pre, b.pre);
}

const format = (p) => `${p.major}.${p.minor}.${p.patch}${p.pre.length ? '-' + p.pre.join('.') : ''}`;

function bump(v, kind, channel = 'rc') {
  const p = parse(v);
  if (!p) throw new TypeError(`invalid version: ${v}`);
  switch (kind) {
    case 'major': return format({ ...p, major: p.pre.length && !p.minor && !p.patch ? p.major : p.major + 1, minor: 0, patch: 0, pre: [] });
    case 'minor': return format({ ...p, minor: p.pre.length && !p.patch ? p.minor : p.minor + 1, patch: 0, pre: [] });
    case 'patch': return format({ ...p, patch: p.pre.length ? p.patch : p.patch + 1, pre: [] });
    case 'prerelease': {
      if (p.pre[0] === channel && /^\d+$/.test(p.pre[1] || '')) return format({ ...p, pre: [channel, String(+p.pre[1] + 1)] });
      return format({ ...p, patch: p.pre.length ? p.patch : p.patch + 1, pre: [channel, '0'] });
    }
    default: throw new TypeError(`unknown bump kind: ${kind}`);
  }
}

function diff(a, b) {
  const x = parse(a), y = parse(b);
  if (compare(x, y) === 0) return null;
  if (x.major !== y.major) return 'major';
  if (x.minor !== y.minor) return 'minor';
  if (x.patch !== y.patch) return 'patch';
  return 'prerelease';
}

function coerce(s) {
  const m = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(String(s));
  return m ? `${+m[1]}.${+(m[2] || 0)}.${+(m[3] || 0)}` : null;
}

function comparator(c) {
  const m = /^(<=|>=|<|>|=|\^|~)?\s*(.+)$/.exec(c.trim());
  const op = m[1] || '=', v = parse(m[2].replace(/\.x|\.\*/g, '.0')) || parse(coerce(m[2]));
  return (t) => {
    const r = compare(t, v);
    switch (op) {
      case '<': return r < 0;
      case '<=': return r <= 0;
      case '>': return r > 0;
      case '>=': return r >= 0;
      case '=': return r === 0;
      case '~': return r >= 0 && t.major === v.major && t.minor === v.minor;
      case '^': return r >= 0 && (v.major ? t.major === v.major : v.minor ? t.major === 0 && t.minor === v.minor : t.minor === 0 && t.patch === v.patch);
    }
    return false;
  };
}

function satisfies(v, range) {
  const p = parse(v);
  if (!p) return false;
  return range.split('||').some((set) => set.trim().split(/\s+/).filter(Boolean).every((c) => {
    if (c === '*' || c === 'x') return true;
    const ok = comparator(c)(p);
    return ok && (!p.pre.length || /-/.test(c));
  }));
}

const sort = (list) => [...list].sort(compare);
const rsort = (list) => [...list].sort((a, b) => compare(b, a));
const maxSatisfying = (list, range) => rsort(list.filter((v) => satisfies(v, range)))[0] || null;
const minSatisfying = (list, range) => sort(list.filter((v) => satisfies(v, range)))[0] || null;

module.exports = { parse, compare, bump, diff, coerce, satisfies, sort, rsort, maxSatisfying, minSatisfying, valid: (v) => (parse(v) ? format(parse(v)) : null) };
