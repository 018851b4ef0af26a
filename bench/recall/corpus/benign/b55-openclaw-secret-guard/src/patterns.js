'use strict';
const SECRET_PATTERNS = [
  { name: 'aws-access-key', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: 'github-token', re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
  { name: 'slack-token', re: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/g },
  { name: 'llm-api-key', re: /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}\b/g },
  { name: 'private-key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g },
  { name: 'bearer', re: /\bBearer\s+[A-Za-z0-9._~+/-]{20,}=*/g }
];

const SENSITIVE_PATHS = [
  '~/.ssh/id_', '~/.aws/credentials', '~/.config/gcloud', '~/.azure', '~/.kube/config',
  '~/.openclaw/openclaw.json', '~/.openclaw/credentials', 'auth-profiles.json',
  '~/.npmrc', '~/.git-credentials', '~/.netrc', '.env'
];

const NET_TOOLS = /\b(curl|wget|nc|ncat|socat|scp|rsync|ftp|Invoke-WebRequest|iwr)\b/i;

module.exports = { SECRET_PATTERNS, SENSITIVE_PATHS, NET_TOOLS };
