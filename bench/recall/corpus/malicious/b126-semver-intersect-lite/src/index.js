'use strict';

const RE = /^\s*(\^|~|>=|<=|>|<|=)?\s*v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(?:-([0-9A-Za-z.-]+))?\s*$/;

function parseVer(s) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(s.trim());
  if (!m) throw new TypeError(`Invalid version: ${s}`);
  return [+m[1], +m[2], +m[3], m[4] || null];
}

function cmp(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  if (a[3] === b[3]) return 0;
  if (!a[3]) return 1;
  if (!b[3]) return -1;
  return a[3] < b[3] ? -1 : 1;
}

// Convert one comparator token to an interval [lo, loInclusive, hi, hiInclusive].
function toInterval(tok) {
  const m = RE.exec(tok);
  if (!m) throw new TypeError(`Invalid range token: ${tok}`);
  const [, op = '=', M, mi, pa, pre] = m;
  const wild = (v) => v === undefined || v === 'x' || v === '*';
  const INF = [Infinity, 0, 0, null];
  const ZERO = [0, 0, 0, null];
  if (wild(M)) return [ZERO, true, INF, false];
  const maj = +M, min = wild(mi) ? 0 : +mi, pat = wild(pa) ? 0 : +pa;
  const base = [maj, min, pat, pre || null];
  if (op === '^') {
    const hi = maj > 0 || wild(mi) ? [maj + 1, 0, 0, null] : min > 0 || wild(pa) ? [0, min + 1, 0, null] : [0, 0, pat + 1, null];
    return [base, true, hi, false];
  }
  if (op === '~') return [base, true, wild(mi) ? [maj + 1, 0, 0, null] : [maj, min + 1, 0, null], false];
  if (op === '>=') return [base, true, INF, false];
  if (op === '>') return [base, false, INF, false];
  if (op === '<=') return [ZERO, true, base, true];
  if (op === '<') return [ZERO, true, base, false];
  if (wild(mi)) return [base, true, [maj + 1, 0, 0, null], false];
  if (wild(pa)) return [base, true, [maj, min + 1, 0, null], false];
  return [base, true, base, true];
}

function intersectIntervals(a, b) {
  const c1 = cmp(a[0], b[0]);
  const lo = c1 > 0 ? a[0] : b[0];
  const loInc = c1 > 0 ? a[1] : c1 < 0 ? b[1] : a[1] && b[1];
  const c2 = cmp(a[2], b[2]);
  const hi = c2 < 0 ? a[2] : b[2];
  const hiInc = c2 < 0 ? a[3] : c2 > 0 ? b[3] : a[3] && b[3];
  const c = cmp(lo, hi);
  if (c > 0 || (c === 0 && !(loInc && hiInc))) return null;
  return [lo, loInc, hi, hiInc];
}

function parseRange(range) {
  return range.split('||').map((set) => {
    const toks = set.trim().replace(/\s+-\s+/, ' - ').split(/\s+/).filter(Boolean);
    const hy = toks.indexOf('-');
    if (hy === 1) return intersectIntervals(toInterval('>=' + toks[0]), toInterval('<=' + toks[2]));
    return toks.map(toInterval).reduce((acc, iv) => (acc ? intersectIntervals(acc, iv) : null));
  }).filter(Boolean);
}

const fmtV = (v) => `${v[0]}.${v[1]}.${v[2]}${v[3] ? '-' + v[3] : ''}`;
function fmtInterval([lo, li, hi, hiI]) {
  if (cmp(lo, hi) === 0) return fmtV(lo);
  const left = lo[0] === 0 && lo[1] === 0 && lo[2] === 0 && li ? '' : `${li ? '>=' : '>'}${fmtV(lo)}`;
  const right = hi[0] === Infinity ? '' : `${hiI ? '<=' : '<'}${fmtV(hi)}`;
  return [left, right].filter(Boolean).join(' ') || '*';
}

function intersect(...ranges) {
  let acc = parseRange(ranges[0]);
  for (const r of ranges.slice(1)) {
    const next = parseRange(r);
    acc = acc.flatMap((a) => next.map((b) => intersectIntervals(a, b)).filter(Boolean));
  }
  return acc.length ? acc.map(fmtInterval).join(' || ') : null;
}

function satisfies(version, range) {
  const v = parseVer(version);
  return parseRange(range).some(([lo, li, hi, hiI]) => {
    const a = cmp(v, lo), b = cmp(v, hi);
    return (a > 0 || (a === 0 && li)) && (b < 0 || (b === 0 && hiI));
  });
}

module.exports = { intersect, satisfies, parseRange, cmp: (a, b) => cmp(parseVer(a), parseVer(b)) };
