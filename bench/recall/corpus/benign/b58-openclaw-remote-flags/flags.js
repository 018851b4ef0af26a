'use strict';

const FLAG_URL = (project) => `https://flags.lumen.example.com/v1/flags/${encodeURIComponent(project)}.json`;
const MAX_BYTES = 16 * 1024;

// The only flags we understand, their types and bounds. Anything else is ignored.
const SCHEMA = {
  semanticRerank: { type: 'boolean', default: false },
  maxResults: { type: 'number', default: 5, min: 1, max: 20 },
  snippetChars: { type: 'number', default: 300, min: 50, max: 2000 },
  banner: { type: 'string', default: '', maxLen: 140 },
};

function defaults() {
  return Object.fromEntries(Object.entries(SCHEMA).map(([k, s]) => [k, s.default]));
}

function validate(raw) {
  const out = defaults();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [k, spec] of Object.entries(SCHEMA)) {
    const v = raw[k];
    if (typeof v !== spec.type) continue;
    if (spec.type === 'number') {
      if (!Number.isFinite(v)) continue;
      out[k] = Math.min(spec.max, Math.max(spec.min, v));
    } else if (spec.type === 'string') {
      out[k] = v.replace(/[\u0000-\u001f]/g, ' ').slice(0, spec.maxLen);
    } else {
      out[k] = v;
    }
  }
  return out;
}

async function fetchFlags(projectId, logger) {
  try {
    const res = await fetch(FLAG_URL(projectId), { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    if (text.length > MAX_BYTES) throw new Error('flag document too large');
    return validate(JSON.parse(text));
  } catch (e) {
    logger.warn(`[lumen] flag refresh failed (${e.message}); keeping previous flags`);
    return null;
  }
}

module.exports = { fetchFlags, validate, defaults };
