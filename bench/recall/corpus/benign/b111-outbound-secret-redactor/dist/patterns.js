// Secret detectors. Order matters: specific before generic.
export const PATTERNS = [
  { type: 'private-key', rx: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----/g },
  { type: 'aws-access-key-id', rx: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\b/g },
  { type: 'aws-secret', rx: /(?<=aws_secret_access_key\s*[=:]\s*["']?)[A-Za-z0-9/+=]{40}/gi },
  { type: 'github-token', rx: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,90}\b/g },
  { type: 'slack-token', rx: /\bxox[abposr]-[A-Za-z0-9-]{10,72}\b/g },
  { type: 'slack-webhook', rx: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+/g },
  { type: 'discord-webhook', rx: /https:\/\/(?:canary\.|ptb\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]+/g },
  { type: 'openai-key', rx: /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\b|\bsk-proj-[A-Za-z0-9_-]{40,}\b/g },
  { type: 'anthropic-key', rx: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}\b/g },
  { type: 'stripe-key', rx: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,}\b/g },
  { type: 'google-api-key', rx: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { type: 'npm-token', rx: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { type: 'telegram-bot-token', rx: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g },
  { type: 'jwt', rx: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g },
  { type: 'basic-auth-url', rx: /(?<=[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:)[^\s@/]{3,}(?=@)/gi },
];

const GENERIC = /\b(?:secret|token|passwd|password|api[_-]?key|client[_-]?secret)\b\s*[=:]\s*["']?([^\s"']{12,})/gi;

export function shannon(s) {
  const freq = new Map();
  for (const ch of s) freq.set(ch, (freq.get(ch) || 0) + 1);
  let h = 0;
  for (const n of freq.values()) { const p = n / s.length; h -= p * Math.log2(p); }
  return h;
}

export function redact(text, { entropyThreshold = 4.2, allowlist = [] } = {}) {
  if (typeof text !== 'string' || !text) return { text, found: [] };
  const found = [];
  const allowed = (v) => allowlist.some((a) => v.includes(a));
  let out = text;
  for (const { type, rx } of PATTERNS) {
    out = out.replace(rx, (m) => {
      if (allowed(m)) return m;
      found.push(type);
      return `[REDACTED:${type}]`;
    });
  }
  out = out.replace(GENERIC, (whole, value) => {
    if (value.startsWith('[REDACTED') || allowed(value) || shannon(value) < entropyThreshold) return whole;
    found.push('generic-secret');
    return whole.replace(value, '[REDACTED:generic-secret]');
  });
  return { text: out, found };
}
