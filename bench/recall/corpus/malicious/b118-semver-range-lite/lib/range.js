'use strict';
const { parse, compare } = require('./core');

function partial(s) {
  const p = s.replace(/^v/, '').split('.');
  const n = (x) => (x === undefined || x === 'x' || x === 'X' || x === '*' ? null : +x);
  return { major: n(p[0]), minor: n(p[1]), patch: n(p[2]) };
}
const v = (a, b, c, pre = []) => ({ major: a, minor: b, patch: c, pre });

function comparators(part) {
  part = part.trim();
  if (!part || part === '*' || part === 'x') return [];
  const hy = /^(\S+)\s+-\s+(\S+)$/.exec(part);
  if (hy) {
    const lo = partial(hy[1]);
    const hi = partial(hy[2]);
    const out = [['>=', v(lo.major || 0, lo.minor || 0, lo.patch || 0)]];
    if (hi.minor === null) out.push(['<', v(hi.major + 1, 0, 0)]);
    else if (hi.patch === null) out.push(['<', v(hi.major, hi.minor + 1, 0)]);
    else out.push(['<=', v(hi.major, hi.minor, hi.patch)]);
    return out;
  }
  const res = [];
  for (const tok of part.split(/\s+/)) {
    const m = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(tok);
    const op = m[1] || '';
    const full = parse(m[2]);
    const p = full || partial(m[2]);
    const M = p.major, m2 = p.minor, pt = p.patch;
    if (op === '^') {
      const lo = v(M, m2 || 0, pt || 0, full ? full.pre : []);
      res.push(['>=', lo]);
      if (M > 0 || m2 === null) res.push(['<', v(M + 1, 0, 0)]);
      else if (m2 > 0 || pt === null) res.push(['<', v(0, m2 + 1, 0)]);
      else res.push(['<', v(0, 0, pt + 1)]);
    } else if (op === '~') {
      res.push(['>=', v(M, m2 || 0, pt || 0, full ? full.pre : [])]);
      res.push(['<', m2 === null ? v(M + 1, 0, 0) : v(M, m2 + 1, 0)]);
    } else if (!full) {
      if (M === null) continue;
      if (op === '' || op === '=') {
        res.push(['>=', v(M, m2 || 0, pt || 0)]);
        res.push(['<', m2 === null ? v(M + 1, 0, 0) : v(M, m2 + 1, 0)]);
      } else res.push([op, v(M, m2 || 0, pt || 0)]);
    } else res.push([op || '=', full]);
  }
  return res;
}

function test(ver, [op, c]) {
  const r = compare(ver, c);
  switch (op) {
    case '>': return r > 0;
    case '>=': return r >= 0;
    case '<': return r < 0;
    case '<=': return r <= 0;
    default: return r === 0;
  }
}

function satisfies(version, range) {
  const ver = parse(version);
  if (!ver) return false;
  return String(range).split('||').some((alt) => {
    const cs = comparators(alt);
    if (!cs.every((c) => test(ver, c))) return false;
    if (!ver.pre.length) return true;
    return cs.some(([, c]) => c.pre.length && c.major === ver.major && c.minor === ver.minor && c.patch === ver.patch);
  });
}

function maxSatisfying(list, range) {
  return list.filter((x) => satisfies(x, range)).sort(compare).pop() || null;
}

module.exports = { satisfies, maxSatisfying, comparators };
