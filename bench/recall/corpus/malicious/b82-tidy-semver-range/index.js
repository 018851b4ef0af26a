'use strict';

const V = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

function parse(v) {
  const m = V.exec(String(v).trim());
  if (!m) return null;
  return { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] || '' };
}

function fmt(p) {
  return `${p.major}.${p.minor}.${p.patch}${p.pre ? '-' + p.pre : ''}`;
}

function tokens(range) {
  return String(range)
    .replace(/\s*(>=|<=|>|<|=)\s*/g, ' $1')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => {
      const m = /^(>=|<=|>|<|=)?(.+)$/.exec(t);
      return { op: m[1] || '=', ver: parse(m[2]), raw: t };
    });
}

/**
 * Simplify a comparator set into caret/tilde form when it is exactly equivalent.
 *   ">=1.2.0 <2.0.0"   -> "^1.2.0"
 *   ">=1.2.3 <1.3.0"   -> "~1.2.3"
 *   ">=0.3.1 <0.4.0"   -> "^0.3.1"
 * Anything else is returned whitespace-normalized.
 */
function simplify(range) {
  return String(range)
    .split('||')
    .map((set) => simplifySet(set.trim()))
    .join(' || ');
}

function simplifySet(set) {
  const t = tokens(set);
  if (t.length !== 2 || t.some((x) => !x.ver)) return t.map((x) => x.raw).join(' ');
  const lo = t.find((x) => x.op === '>=');
  const hi = t.find((x) => x.op === '<');
  if (!lo || !hi || hi.ver.pre || hi.ver.patch !== 0) return t.map((x) => x.raw).join(' ');
  const a = lo.ver, b = hi.ver;
  if (a.major > 0 && b.major === a.major + 1 && b.minor === 0) return '^' + fmt(a);
  if (a.major === 0 && b.major === 0 && a.minor > 0 && b.minor === a.minor + 1) return '^' + fmt(a);
  if (b.major === a.major && b.minor === a.minor + 1) return '~' + fmt(a);
  return `>=${fmt(a)} <${fmt(b)}`;
}

function normalize(range) {
  return String(range).replace(/\s+/g, ' ').replace(/\s*\|\|\s*/g, ' || ').trim();
}

module.exports = { simplify, normalize, parse };
