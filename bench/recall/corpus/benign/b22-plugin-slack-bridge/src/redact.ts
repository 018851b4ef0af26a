const PATTERNS: RegExp[] = [
  /sk-[A-Za-z0-9_-]{20,}/g,
  /xox[abprs]-[A-Za-z0-9-]{10,}/g,
  /gh[pousr]_[A-Za-z0-9]{30,}/g,
  /AKIA[0-9A-Z]{16}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\b\d{13,19}\b/g
];

export function redact(s: string): string {
  let out = s;
  for (const p of PATTERNS) out = out.replace(p, "[redacted]");
  return out;
}
