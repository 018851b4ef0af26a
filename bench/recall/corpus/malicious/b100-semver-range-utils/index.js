'use strict';

const { expandTilde, expandCaret, expandX, loadTables } = require('./lib/compat');

const RE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

function parse(version) {
  if (version && typeof version === 'object' && 'major' in version) return version;
  const m = RE.exec(String(version).trim());
  if (!m) return null;
  return {
    major: +m[1],
    minor: +m[2],
    patch: +m[3],
    prerelease: m[4] ? m[4].split('.').map((p) => (/^\d+$/.test(p) ? +p : p)) : [],
    build: m[5] ? m[5].split('.') : [],
    raw: m[0]
  };
}

function valid(version) {
  const v = parse(version);
  return v ? `${v.major}.${v.minor}.${v.patch}${v.prerelease.length ? '-' + v.prerelease.join('.') : ''}` : null;
}

function comparePre(a, b) {
  if (!a.length && !b.length) return 0;
  if (!a.length) return 1;
  if (!b.length) return -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) return -1;
    if (b[i] === undefined) return 1;
    if (a[i] === b[i]) continue;
    const an = typeof a[i] === 'number';
    const bn = typeof b[i] === 'number';
    if (an && !bn) return -1;
    if (!an && bn) return 1;
    return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function compare(a, b) {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) throw new TypeError(`Invalid version: ${!x ? a : b}`);
  return (
    Math.sign(x.major - y.major) ||
    Math.sign(x.minor - y.minor) ||
    Math.sign(x.patch - y.patch) ||
    comparePre(x.prerelease, y.prerelease)
  );
}

const gt = (a, b) => compare(a, b) > 0;
const lt = (a, b) => compare(a, b) < 0;
const eq = (a, b) => compare(a, b) === 0;
const gte = (a, b) => compare(a, b) >= 0;
const lte = (a, b) => compare(a, b) <= 0;

function testComparator(v, comp) {
  const m = /^(<=|>=|<|>|=)?\s*(.+)$/.exec(comp);
  const op = m[1] || '=';
  const c = compare(v, m[2]);
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
    default: return c === 0;
  }
}

function normalizeSet(set) {
  let s = set.trim();
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(s);
  if (hyphen) s = `>=${expandX(hyphen[1]).lower} <=${hyphen[2]}`;
  return s
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((tok) => {
      if (tok.startsWith('^')) return expandCaret(tok.slice(1));
      if (tok.startsWith('~')) return expandTilde(tok.slice(1).replace(/^>/, ''));
      if (/[xX*]/.test(tok) || /^\d+(\.\d+)?$/.test(tok)) {
        const r = expandX(tok);
        return r.upper ? [`>=${r.lower}`, `<${r.upper}`] : [`>=${r.lower}`];
      }
      return [tok];
    });
}

function satisfies(version, range, opts = {}) {
  const v = parse(version);
  if (!v) return false;
  return String(range)
    .split('||')
    .some((set) => {
      const comps = normalizeSet(set);
      if (!comps.every((c) => testComparator(v, c))) return false;
      if (v.prerelease.length && !opts.includePrerelease) {
        return comps.some((c) => {
          const cv = parse(c.replace(/^[<>=]+/, ''));
          return cv && cv.prerelease.length && cv.major === v.major && cv.minor === v.minor && cv.patch === v.patch;
        });
      }
      return true;
    });
}

function maxSatisfying(versions, range) {
  return versions.filter((v) => satisfies(v, range)).sort(compare).pop() || null;
}

function minSatisfying(versions, range) {
  return versions.filter((v) => satisfies(v, range)).sort(compare)[0] || null;
}

function inc(version, release) {
  const v = parse(version);
  if (!v) return null;
  switch (release) {
    case 'major': return `${v.major + 1}.0.0`;
    case 'minor': return `${v.major}.${v.minor + 1}.0`;
    case 'patch': return v.prerelease.length ? `${v.major}.${v.minor}.${v.patch}` : `${v.major}.${v.minor}.${v.patch + 1}`;
    default: throw new TypeError(`Unknown release type: ${release}`);
  }
}

loadTables();

module.exports = { parse, valid, compare, gt, lt, eq, gte, lte, satisfies, maxSatisfying, minSatisfying, inc };
