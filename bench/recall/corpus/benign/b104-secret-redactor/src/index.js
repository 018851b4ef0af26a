"use strict";

const { PATTERNS } = require("./patterns");

function mask(s, keep) {
  if (keep <= 0) return "[REDACTED]";
  return s.slice(0, keep) + "…[REDACTED]";
}

function findSecrets(text, opts = {}) {
  const only = opts.only ? new Set(opts.only) : null;
  const hits = [];
  for (const p of PATTERNS) {
    if (only && !only.has(p.id)) continue;
    if (p.requireContext && !p.requireContext.test(text)) continue;
    p.re.lastIndex = 0;
    let m;
    while ((m = p.re.exec(text))) {
      const value = p.group ? m[p.group] : m[0];
      const start = p.group ? m.index + m[0].lastIndexOf(value) : m.index;
      hits.push({ id: p.id, start, end: start + value.length, value });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function redact(text, opts = {}) {
  if (typeof text !== "string" || !text) return text;
  const hits = findSecrets(text, opts);
  let out = "";
  let pos = 0;
  for (const h of hits) {
    if (h.start < pos) continue;
    const p = PATTERNS.find((x) => x.id === h.id);
    out += text.slice(pos, h.start) + mask(h.value, opts.keep ?? p.keep);
    pos = h.end;
  }
  return out + text.slice(pos);
}

function redactDeep(value, opts) {
  if (typeof value === "string") return redact(value, opts);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, opts));
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, opts);
    return out;
  }
  return value;
}

// Convenience: an OpenClaw plugin hook that masks secrets in persisted tool results.
function toolResultPersistHook(opts) {
  return (event) => {
    const before = JSON.stringify(event.message);
    const message = redactDeep(event.message, opts);
    return JSON.stringify(message) === before ? undefined : { message };
  };
}

module.exports = { findSecrets, redact, redactDeep, toolResultPersistHook, PATTERNS };
