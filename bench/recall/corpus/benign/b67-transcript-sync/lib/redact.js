"use strict";
// Mask common secret shapes before anything leaves the machine.
const PATTERNS = [
  /\bsk-[A-Za-z0-9_-]{20,}/g,
  /\bsk-ant-[A-Za-z0-9_-]{20,}/g,
  /\bgh[pousr]_[A-Za-z0-9]{36,}/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/g, // telegram bot token
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /(?<=(?:password|passwd|secret|token|api[_-]?key)["']?\s*[:=]\s*["']?)[^\s"',}]{6,}/gi,
];
function redact(s) {
  let out = s;
  for (const rx of PATTERNS) out = out.replace(rx, "[REDACTED]");
  return out;
}
module.exports = { redact };
