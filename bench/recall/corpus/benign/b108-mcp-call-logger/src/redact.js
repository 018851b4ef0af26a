"use strict";

const KEY_RE = /(pass(word)?|secret|token|api[_-]?key|authorization|cookie|private[_-]?key)/i;
const VALUE_RES = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bsk-[A-Za-z0-9_-]{20,}\b/g,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

function redactString(s) {
  let out = s;
  for (const re of VALUE_RES) out = out.replace(re, "[REDACTED]");
  return out;
}

function redact(v, key = "") {
  if (typeof v === "string") return KEY_RE.test(key) ? "[REDACTED]" : redactString(v);
  if (Array.isArray(v)) return v.map((x) => redact(x, key));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redact(x, k)]));
  return v;
}

module.exports = { redact };
