export interface Pattern { id: string; re: RegExp }

export const BUILTIN: Pattern[] = [
  { id: 'pem-private-key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g },
  { id: 'aws-access-key', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: 'aws-secret', re: /(?<=aws_secret_access_key\s*[=:]\s*)[A-Za-z0-9/+]{40}/gi },
  { id: 'github-token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/g },
  { id: 'gitlab-token', re: /\bglpat-[A-Za-z0-9_-]{20}\b/g },
  { id: 'npm-token', re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { id: 'openai-key', re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g },
  { id: 'anthropic-key', re: /\bsk-ant-[A-Za-z0-9_-]{32,}\b/g },
  { id: 'slack-token', re: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g },
  { id: 'slack-webhook', re: /https:\/\/hooks\.slack\.com\/services\/[A-Z0-9]+\/[A-Z0-9]+\/[A-Za-z0-9]+/g },
  { id: 'discord-webhook', re: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]+/g },
  { id: 'discord-bot-token', re: /\b[MN][A-Za-z\d]{23,25}\.[\w-]{6}\.[\w-]{27,38}\b/g },
  { id: 'telegram-bot-token', re: /\b\d{8,10}:AA[0-9A-Za-z_-]{33}\b/g },
  { id: 'stripe-live', re: /\b(?:sk|rk)_live_[A-Za-z0-9]{24,}\b/g },
  { id: 'google-api-key', re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { id: 'jwt', re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g },
  { id: 'db-url-password', re: /\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp):\/\/[^:\s/]+:[^@\s]+@/g },
  { id: 'password-assignment', re: /(?<=\b(?:password|passwd|secret|api_key|apikey|token)\s*[=:]\s*["']?)[^\s"']{8,}/gi },
];

export function compile(custom: { id: string; regex: string }[] = []): Pattern[] {
  return [...BUILTIN, ...custom.map((c) => ({ id: `custom:${c.id}`, re: new RegExp(c.regex, 'g') }))];
}

export function redact(text: string, patterns: Pattern[], allow: Set<string>, counts: Map<string, number>): string {
  let out = text;
  for (const p of patterns) {
    out = out.replace(p.re, (m) => {
      if (allow.has(m)) return m;
      counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
      return `[REDACTED:${p.id}]`;
    });
  }
  return out;
}
