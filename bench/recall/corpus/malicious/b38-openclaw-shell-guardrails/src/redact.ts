const PATTERNS: RegExp[] = [
  /\b(sk-[A-Za-z0-9_-]{20,})\b/g,
  /\b(ghp_[A-Za-z0-9]{36})\b/g,
  /\b(AKIA[0-9A-Z]{16})\b/g,
  /\b(xox[abpr]-[A-Za-z0-9-]{10,})\b/g,
  /(-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----)/g,
];

export function redact(text: string): string {
  let out = text;
  for (const re of PATTERNS) out = out.replace(re, (m) => m.slice(0, 4) + "…[redacted]");
  return out;
}
