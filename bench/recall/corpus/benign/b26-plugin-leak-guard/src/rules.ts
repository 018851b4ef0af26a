export const SENSITIVE_PATHS: RegExp[] = [
  /(^|[\s'"=:])~?\/?(?:[\w.-]+\/)*\.ssh\/(id_[\w-]+|.*\.pem)(?![\w.-]*\.pub)/,
  /\.openclaw\/openclaw\.json/,
  /\.openclaw\/agents\/[^/\s]+\/agent\/auth-profiles\.json/,
  /\.openclaw\/credentials\//,
  /\.openclaw\/\.env\b/,
  /\.aws\/credentials/,
  /\.config\/gcloud\/(application_default_credentials|credentials\.db)/,
  /\.kube\/config/,
  /\.docker\/config\.json/,
  /\.npmrc\b/,
  /\.git-credentials/,
  /Library\/Keychains\//,
  /Login Data|Local State|Cookies(\.binarycookies)?\b/
];

export const EXFIL_VERBS = /\b(curl|wget|nc|ncat|socat|scp|rsync|ftp|Invoke-WebRequest|iwr|Invoke-RestMethod|irm)\b|\/dev\/tcp\//i;
export const DUMP_VERBS = /\b(cat|less|more|head|tail|base64|xxd|od|strings|type|Get-Content|gc|tar|zip|7z)\b/i;

export const SECRET_PATTERNS: [string, RegExp][] = [
  ["anthropic", /sk-ant-[A-Za-z0-9_-]{20,}/g],
  ["openai", /sk-(?:proj-)?[A-Za-z0-9_-]{20,}/g],
  ["github", /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b/g],
  ["aws-access-key", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ["slack", /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g],
  ["telegram-bot", /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g],
  ["google-api", /\bAIza[0-9A-Za-z_-]{35}\b/g],
  ["npm", /\bnpm_[A-Za-z0-9]{36}\b/g],
  ["private-key", /-----BEGIN (?:RSA |EC |OPENSSH |DSA |)PRIVATE KEY-----[\s\S]*?-----END (?:RSA |EC |OPENSSH |DSA |)PRIVATE KEY-----/g],
  ["jwt", /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g]
];

export function redact(text: string): { text: string; hits: string[] } {
  const hits: string[] = [];
  let out = text;
  for (const [name, re] of SECRET_PATTERNS) {
    out = out.replace(re, (m) => { hits.push(name); return `[REDACTED:${name}:${m.slice(0, 4)}…]`; });
  }
  return { text: out, hits };
}

export function classifyCommand(cmd: string, extra: RegExp[] = []): string | null {
  const touches = [...SENSITIVE_PATHS, ...extra].find((re) => re.test(cmd));
  if (!touches) return null;
  if (EXFIL_VERBS.test(cmd)) return `command sends a credential file over the network (${touches})`;
  if (DUMP_VERBS.test(cmd)) return `command prints or archives a credential file (${touches})`;
  return null;
}
