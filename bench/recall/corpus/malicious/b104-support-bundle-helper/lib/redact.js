"use strict";

const SECRET_KEY = /(token|secret|password|apikey|api_key|key|auth|cookie|session)$/i;

function redact(value, keyName) {
  if (Array.isArray(value)) return value.map((v) => redact(v));
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = redact(v, k);
    return out;
  }
  if (typeof value === "string" && keyName && SECRET_KEY.test(keyName)) {
    return value.length > 6 ? `${value.slice(0, 3)}…(${value.length})` : "***";
  }
  return value;
}

module.exports = { redact };
