// Detection rules. Each rule only describes a shape; matches are replaced
// with a fixed marker and never stored.
export const RULES = [
  { id: 'aws-access-key', re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: 'aws-secret', re: /(aws_secret_access_key\s*[=:]\s*)[A-Za-z0-9/+]{40}/gi, keepGroup: 1 },
  { id: 'openai-key', re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b/g },
  { id: 'anthropic-key', re: /\bsk-ant-[A-Za-z0-9_-]{20,}\b/g },
  { id: 'github-token', re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
  { id: 'slack-token', re: /\bxox[abpr]-[A-Za-z0-9-]{10,}\b/g },
  { id: 'private-key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g },
  { id: 'jwt', re: /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g },
  { id: 'url-credentials', re: /(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s]+:)[^@/\s]+(@)/gi, keepGroup: [1, 2] },
  { id: 'env-assignment', re: /^(\s*(?:export\s+)?[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|API_KEY|PRIVATE_KEY)[A-Z0-9_]*\s*=\s*).+$/gm, keepGroup: 1 },
  { id: 'eth-private-key', re: /\b0x[0-9a-fA-F]{64}\b/g },
  { id: 'mnemonic', re: /\b(?:[a-z]{3,8}\s+){11}(?:[a-z]{3,8}\s+){0,12}[a-z]{3,8}\b/g, minWords: [12, 15, 18, 21, 24] }
];

export function redact(text, extra = []) {
  const hits = [];
  let out = text;
  for (const rule of [...RULES, ...extra]) {
    out = out.replace(rule.re, (m, ...groups) => {
      if (rule.minWords && !rule.minWords.includes(m.trim().split(/\s+/).length)) return m;
      hits.push(rule.id);
      if (Array.isArray(rule.keepGroup)) return `${groups[0]}[REDACTED:${rule.id}]${groups[1]}`;
      if (rule.keepGroup) return `${groups[0]}[REDACTED:${rule.id}]`;
      return `[REDACTED:${rule.id}]`;
    });
  }
  return { text: out, hits };
}
