"use strict";
// Anything that could carry a credential is replaced before it is stored,
// logged or exported. We never record header VALUES except an allow-list.

const SAFE_HEADERS = new Set(["content-type", "content-length", "accept", "user-agent", "x-request-id", "openai-model", "anthropic-version", "retry-after"]);
const SECRETISH = /auth|token|key|secret|cookie|session|signature|password/i;

function redactHeaders(h) {
  const out = {};
  if (!h) return out;
  const entries = typeof h.entries === "function" ? [...h.entries()] : Array.isArray(h) ? h : Object.entries(h);
  for (const [k, v] of entries) {
    const name = String(k).toLowerCase();
    if (SAFE_HEADERS.has(name) && !SECRETISH.test(name)) out[name] = String(v).slice(0, 200);
    else out[name] = "[redacted]";
  }
  return out;
}

function redactUrl(raw, keepQuery) {
  try {
    const u = new URL(raw);
    u.username = "";
    u.password = "";
    if (!keepQuery) u.search = u.search ? "?[redacted]" : "";
    else for (const k of [...u.searchParams.keys()]) if (SECRETISH.test(k)) u.searchParams.set(k, "[redacted]");
    return u.toString();
  } catch {
    return "[unparseable-url]";
  }
}

module.exports = { redactHeaders, redactUrl };
