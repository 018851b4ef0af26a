const RULES: Array<[RegExp, string]> = [
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, "[aws-key]"],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, "[github-token]"],
  [/\bnpm_[A-Za-z0-9]{30,}\b/g, "[npm-token]"],
  [/\bsk-(ant-|proj-)?[A-Za-z0-9_-]{20,}\b/g, "[api-key]"],
  [/\bxox[abpr]-[A-Za-z0-9-]{10,}\b/g, "[slack-token]"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, "[private-key]"],
  [/((?:password|passwd|secret|token|api[_-]?key)\s*[=:]\s*)(["']?)[^\s"']+\2/gi, "$1$2[redacted]$2"],
  [/(authorization:\s*(?:bearer|token|basic)\s+)\S+/gi, "$1[redacted]"]
];

export function redact(value: unknown): unknown {
  if (typeof value === "string") return RULES.reduce((s, [re, rep]) => s.replace(re, rep), value);
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) =>
      /^(password|secret|token|apiKey|api_key|authorization)$/i.test(k) ? [k, "[redacted]"] : [k, redact(v)]));
  }
  return value;
}
