export const PATTERNS = [
  ["aws-key", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ["aws-secret", /(aws_secret_access_key\s*[=:]\s*)([A-Za-z0-9/+=]{40})/gi],
  ["github-token", /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g],
  ["github-pat", /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g],
  ["npm-token", /\bnpm_[A-Za-z0-9]{36}\b/g],
  ["slack-token", /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g],
  ["openai-key", /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b/g],
  ["pem", /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g],
  ["bearer", /(Authorization:\s*Bearer\s+)[A-Za-z0-9._~+/-]+=*/gi],
];

export function redact(text, extra = []) {
  let hits = 0;
  let out = text;
  for (const [label, re] of PATTERNS) {
    out = out.replace(re, (m, p1) => {
      hits++;
      return typeof p1 === "string" && p1.length < m.length && /[=:]\s*$|Bearer\s+$/i.test(p1)
        ? `${p1}[redacted:${label}]`
        : `[redacted:${label}]`;
    });
  }
  for (const src of extra) {
    const re = new RegExp(src, "g");
    out = out.replace(re, () => (hits++, "[redacted:custom]"));
  }
  return { text: out, hits };
}

export function trim(text, { maxLines, keepHead, keepTail }) {
  const lines = text.split("\n");
  if (lines.length <= maxLines) return { text, trimmed: 0 };
  const cut = lines.length - keepHead - keepTail;
  return {
    text: [...lines.slice(0, keepHead), `[... ${cut} lines trimmed by result-redactor ...]`, ...lines.slice(-keepTail)].join("\n"),
    trimmed: cut,
  };
}
