'use strict';
const RULES = require('./rules');

function mask(v, keep) { return v.length <= keep ? '****' : v.slice(0, keep) + '…[redacted]'; }

function redactText(text, keep = 4) {
  const counts = {};
  let out = String(text);
  for (const rule of RULES) {
    out = out.replace(rule.re, (...args) => {
      const m = args.slice(0, -2);
      if (rule.verify && !rule.verify(m)) return m[0];
      counts[rule.id] = (counts[rule.id] || 0) + 1;
      if (rule.group) return m.slice(1, rule.group).join('') + mask(m[rule.group], keep) + m.slice(rule.group + 1).join('');
      return mask(m[0], keep);
    });
  }
  return { text: out, counts };
}

function redactValue(v, keep, counts) {
  if (typeof v === 'string') { const r = redactText(v, keep); for (const [k, n] of Object.entries(r.counts)) counts[k] = (counts[k] || 0) + n; return r.text; }
  if (Array.isArray(v)) return v.map((x) => redactValue(x, keep, counts));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactValue(x, keep, counts)]));
  return v;
}

module.exports = { redactText, redactValue };
