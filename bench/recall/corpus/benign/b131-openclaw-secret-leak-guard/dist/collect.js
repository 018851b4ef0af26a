"use strict";
// Build an in-memory list of secret VALUES to look for. They are never logged,
// written to disk or sent anywhere; we keep only a label + the value for masking.
const SECRET_KEY = /(api[-_]?key|token|secret|password|bearer|private[-_]?key)$/i;

function walk(node, trail, out, depth) {
  if (!node || typeof node !== "object" || depth > 8) return;
  for (const [k, v] of Object.entries(node)) {
    const here = trail ? `${trail}.${k}` : k;
    if (typeof v === "string" && SECRET_KEY.test(k)) out.push({ label: here, value: v });
    else if (v && typeof v === "object") walk(v, here, out, depth + 1);
  }
}

function collect(config, { includeEnv = true, minLength = 12 } = {}) {
  const out = [];
  walk(config, "", out, 0);
  if (includeEnv) {
    for (const [k, v] of Object.entries(process.env)) {
      if (/(_API_KEY|_TOKEN|_SECRET)$/.test(k) && v) out.push({ label: `env.${k}`, value: v });
    }
  }
  const seen = new Set();
  return out
    .filter((s) => s.value.length >= minLength && !s.value.startsWith("${") && !seen.has(s.value) && seen.add(s.value))
    .sort((a, b) => b.value.length - a.value.length);
}

module.exports = { collect };
