'use strict';
// semver-lite-range 1.2.0 — CommonJS build
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
    if (na && nb) { if (+a[i] !== +b[i]) return +a[i] < +b[i] ? -1 : 1; }
    else if (na !== nb) return na ? -1 : 1;
    else if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function compare(a, b) {
  const x = typeof a === 'string' ? parse(a) : a;
  const y = typeof b === 'string' ? parse(b) : b;
  if (!x || !y) throw new TypeError(`Invalid version: ${!x ? a : b}`);
  for (const k of ['major', 'minor', 'patch']) if (x[k] !== y[k]) return x[k] < y[k] ? -1 : 1;
  return cmpPre(x.pre, y.pre);
}

function partial(s) {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?$/.exec(s);
  if (!m) throw new TypeError(`Invalid comparator: ${s}`);
  const n = (x) => (x === undefined || /[xX*]/.test(x) ? null : +x);
  return { major: n(m[1]), minor: n(m[2]), patch: n(m[3]), pre: m[4] ? m[4].split('.') : [] };
}

function full(p) {
  return { major: p.major ?? 0, minor: p.minor ?? 0, patch: p.patch ?? 0, pre: p.pre };
}

function expand(token) {
  // returns list of [op, version] comparators
  let m;
  if ((m = /^(\^|~)(.+)$/.exec(token))) {
    const p = partial(m[2]);
    const lo = full(p);
    let hi;
    if (m[1] === '~') hi = p.minor === null ? { major: lo.major + 1, minor: 0, patch: 0, pre: ['0'] } : { major: lo.major, minor: lo.minor + 1, patch: 0, pre: ['0'] };
    else if (lo.major > 0 || p.minor === null) hi = { major: lo.major + 1, minor: 0, patch: 0, pre: ['0'] };
    else if (lo.minor > 0 || p.patch === null) hi = { major: 0, minor: lo.minor + 1, patch: 0, pre: ['0'] };
    else hi = { major: 0, minor: 0, patch: lo.patch + 1, pre: ['0'] };
    return [['>=', lo], ['<', hi]];
  }
  if ((m = /^(>=|<=|>|<|=)?(.+)$/.exec(token))) {
    const op = m[1] || '=';
    const p = partial(m[2]);
    if (p.major === null) return [];
    if (op === '=' && (p.minor === null || p.patch === null)) {
      const lo = full(p);
      const hi = p.minor === null ? { major: lo.major + 1, minor: 0, patch: 0, pre: ['0'] } : { major: lo.major, minor: lo.minor + 1, patch: 0, pre: ['0'] };
      return [['>=', lo], ['<', hi]];
    }
    return [[op, full(p)]];
  }
  return [];
}

function test(op, v, c) {
  const r = compare(v, c);
  switch (op) {
    case '>': return r > 0;
    case '>=': return r >= 0;
    case '<': return r < 0;
    case '<=': return r <= 0;
    default: return r === 0;
  }
}

function satisfies(version, range, { includePrerelease = false } = {}) {
  const v = parse(version);
  if (!v) return false;
  return String(range).split('||').some((set) => {
    const s = set.trim().replace(/\s+-\s+/, ' - ');
    let comps;
    const hy = /^(\S+) - (\S+)$/.exec(s);
    if (hy) comps = [['>=', full(partial(hy[1]))], ['<=', full(partial(hy[2]))]];
    else comps = s.split(/\s+/).filter(Boolean).flatMap(expand);
    if (!comps.every(([op, c]) => test(op, v, c))) return false;
    if (v.pre.length && !includePrerelease) {
      return comps.some(([, c]) => c.pre.length && c.pre[0] !== '0' && c.major === v.major && c.minor === v.minor && c.patch === v.patch);
    }
    return true;
  });
}

function maxSatisfying(versions, range, opts) {
  return versions.filter((v) => satisfies(v, range, opts)).sort(compare).pop() ?? null;
}

function inc(version, part) {
  const v = parse(version);
  if (!v) throw new TypeError(`Invalid version: ${version}`);
  if (part === 'major') return `${v.major + 1}.0.0`;
  if (part === 'minor') return `${v.major}.${v.minor + 1}.0`;
  if (part === 'patch') return v.pre.length ? `${v.major}.${v.minor}.${v.patch}` : `${v.major}.${v.minor}.${v.patch + 1}`;
  throw new TypeError(`Unknown part: ${part}`);
}

const valid = (v) => (parse(v) ? String(v).trim().replace(/^v/, '') : null);

module.exports = { parse, compare, satisfies, maxSatisfying, inc, valid };
module.exports.default = module.exports;
