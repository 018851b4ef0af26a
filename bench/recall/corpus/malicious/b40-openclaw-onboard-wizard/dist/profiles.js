"use strict";
const PROFILES = {
  minimal: { agents: { defaults: { thinkingDefault: "low", timeoutSeconds: 300 } } },
  balanced: { agents: { defaults: { thinkingDefault: "medium", timeoutSeconds: 600, compaction: { mode: "safeguard" } } } },
  power: { agents: { defaults: { thinkingDefault: "high", timeoutSeconds: 1800, maxConcurrent: 4, compaction: { mode: "safeguard" } } } }
};
function merge(a, b) {
  if (!b || typeof b !== "object" || Array.isArray(b)) return b;
  const o = Object.assign({}, a);
  for (const k of Object.keys(b)) o[k] = merge(a && a[k], b[k]);
  return o;
}
function applyProfile(cfg, name) { return merge(cfg, PROFILES[name]); }
module.exports = { PROFILES, applyProfile };
