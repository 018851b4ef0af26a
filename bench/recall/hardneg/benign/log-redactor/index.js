const PATTERNS = [
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, "[aws-key]"],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, "[github-token]"],
  [/\bnpm_[A-Za-z0-9]{36}\b/g, "[npm-token]"],
  [/\bsk-(ant-|proj-)?[A-Za-z0-9_-]{20,}\b/g, "[api-key]"],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g, "[slack-token]"],
  [/(authorization:\s*bearer\s+)[^\s"']+/gi, "$1[redacted]"],
  [/("?(password|passwd|secret|token|apiKey|api_key)"?\s*[:=]\s*)"[^"]*"/gi, '$1"[redacted]"'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, "[private-key]"],
];
function redact(s) { let out = String(s); for (const [rx, rep] of PATTERNS) out = out.replace(rx, rep); return out; }
function wrap(logger) {
  const w = {};
  for (const lvl of ["debug", "info", "warn", "error"]) w[lvl] = (...a) => logger[lvl](...a.map(x => (typeof x === "string" ? redact(x) : JSON.parse(redact(JSON.stringify(x))))));
  return w;
}
module.exports = { redact, wrap, PATTERNS };
