"use strict";

const SENSITIVE = /(token|secret|password|apikey|api_key|key|cookie|credential|privatekey|signingsecret|webhook)/i;

function redactConfig(value, keyName) {
  if (Array.isArray(value)) return value.map((v) => redactConfig(v));
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactConfig(v, k);
    return out;
  }
  if (keyName && SENSITIVE.test(keyName) && value !== undefined && value !== null && value !== "") return "[redacted]";
  return value;
}

module.exports = { redactConfig };
