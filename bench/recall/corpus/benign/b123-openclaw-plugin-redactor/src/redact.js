import { PATTERNS, shannon } from './patterns.js';

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function makeRedactor({ literals = [], allow = [], extraPatterns = [], entropy = false } = {}) {
  const allowRes = allow.map((a) => new RegExp(a));
  const patterns = [...PATTERNS, ...extraPatterns.map((p, i) => ({ id: `custom-${i}`, re: new RegExp(p, 'g') }))];
  const literalRe = literals.length
    ? new RegExp([...literals].sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'g')
    : null;
  const stats = new Map();
  const mask = (id) => (m) => {
    if (allowRes.some((r) => r.test(m))) return m;
    stats.set(id, (stats.get(id) || 0) + 1);
    return `[REDACTED:${id}]`;
  };
  function redact(text) {
    if (typeof text !== 'string' || !text) return text;
    let s = text;
    if (literalRe) s = s.replace(literalRe, mask('configured-secret'));
    for (const p of patterns) s = s.replace(p.re, mask(p.id));
    if (entropy) {
      s = s.replace(/\b[A-Za-z0-9+/_=-]{32,}\b/g, (m) => (shannon(m) > 4.5 ? mask('high-entropy')(m) : m));
    }
    return s;
  }
  return { redact, stats };
}

/** Deeply redact strings in a tool result object. */
export function redactValue(v, redact) {
  if (typeof v === 'string') return redact(v);
  if (Array.isArray(v)) return v.map((x) => redactValue(x, redact));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactValue(x, redact)]));
  return v;
}
