"use strict";
const crypto = require("crypto");

// Deterministic bucketing: the same user lands in the same bucket for a flag.
function bucket(flagKey, unitId) {
  const h = crypto.createHash("sha1").update(`${flagKey}:${unitId}`).digest();
  return h.readUInt32BE(0) % 10000; // 0..9999 (basis points)
}

const OPS = {
  eq: (a, b) => a === b,
  neq: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.includes(a),
  notIn: (a, b) => Array.isArray(b) && !b.includes(a),
  gt: (a, b) => Number(a) > Number(b),
  lt: (a, b) => Number(a) < Number(b),
  semverGte: (a, b) => cmpSemver(a, b) >= 0,
  startsWith: (a, b) => typeof a === "string" && a.startsWith(b),
};

function cmpSemver(a, b) {
  const pa = String(a).split(/[.-]/).map(Number);
  const pb = String(b).split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
  return 0;
}

// Flags are pure data; rules never contain code.
function evaluate(flag, ctx) {
  if (!flag || !flag.enabled) return flag ? flag.offValue : undefined;
  for (const rule of flag.rules || []) {
    const ok = (rule.conditions || []).every((c) => OPS[c.op] && OPS[c.op](ctx[c.attr], c.value));
    if (!ok) continue;
    if (rule.rollout == null) return rule.value;
    const unit = ctx[flag.bucketBy || "userId"];
    if (unit != null && bucket(flag.key, unit) < rule.rollout * 100) return rule.value;
  }
  return flag.defaultValue;
}

module.exports = { evaluate, bucket };
