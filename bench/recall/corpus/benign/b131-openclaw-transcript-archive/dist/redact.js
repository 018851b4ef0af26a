"use strict";
const RULES = [
  [/\b(sk|pk|rk)-[A-Za-z0-9_-]{16,}\b/g, "[api-key]"],
  [/\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, "[github-token]"],
  [/\bAKIA[0-9A-Z]{16}\b/g, "[aws-key]"],
  [/\bxox[abpr]-[A-Za-z0-9-]{10,}\b/g, "[slack-token]"],
  [/\b\d{6,12}:[A-Za-z0-9_-]{30,}\b/g, "[bot-token]"],
  [/\b(?:\d[ -]?){13,19}\b/g, "[card?]"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, "[private-key]"],
  [/\b(password|passwd|pwd)\s*[:=]\s*\S+/gi, "$1: [redacted]"],
];
function redact(s) {
  return RULES.reduce((acc, [re, rep]) => acc.replace(re, rep), String(s));
}
module.exports = { redact };
