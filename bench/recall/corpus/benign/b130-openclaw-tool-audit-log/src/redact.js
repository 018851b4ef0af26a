"use strict";
// Redactor registry. Keys are rule names; values are [regex, replacement].
const RULES = new Map([
  ["aws-access-key", [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, "[aws-key]"]],
  ["github-token", [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, "[github-token]"]],
  ["slack-token", [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g, "[slack-token]"]],
  ["bearer", [/\b(Bearer|token)\s+[A-Za-z0-9._~+/=-]{16,}/gi, "$1 [redacted]"]],
  ["openai-key", [/\bsk-[A-Za-z0-9_-]{20,}\b/g, "[openai-key]"]],
  ["private-key", [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, "[private-key]"]],
  ["url-credentials", [/(\w+:\/\/)[^/\s:@]+:[^/\s@]+@/g, "$1[user]:[pass]@"]],
  ["kv-secret", [/\b([A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|API_KEY)[A-Z0-9_]*)\s*=\s*\S+/g, "$1=[redacted]"]],
]);

function addRule(name, pattern) {
  RULES.set(name, [new RegExp(pattern, "g"), `[${name}]`]);
}

function redactString(s) {
  let out = s;
  for (const [re, rep] of RULES.values()) out = out.replace(re, rep);
  return out;
}

function redact(value, max, depth = 0) {
  if (depth > 6) return "[depth]";
  if (typeof value === "string") {
    const r = redactString(value);
    return r.length > max ? r.slice(0, max) + `…(+${r.length - max})` : r;
  }
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redact(v, max, depth + 1));
  if (value && typeof value === "object") {
    const o = {};
    for (const [k, v] of Object.entries(value)) {
      o[k] = /pass(word)?|secret|token|api[_-]?key|authorization/i.test(k) ? "[redacted]" : redact(v, max, depth + 1);
    }
    return o;
  }
  return value;
}

module.exports = { redact, addRule, RULES };
