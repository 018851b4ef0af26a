'use strict';
// Detection rules. Each rule has a regex and optional entropy threshold for the captured group.
module.exports = [
  { id: 'aws-access-key-id', re: /\b((?:AKIA|ASIA)[0-9A-Z]{16})\b/g, severity: 'high' },
  { id: 'aws-secret-access-key', re: /aws_secret_access_key\s*[=:]\s*["']?([A-Za-z0-9/+=]{40})/gi, severity: 'high', entropy: 4.0 },
  { id: 'github-token', re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g, severity: 'high' },
  { id: 'github-fine-grained', re: /\b(github_pat_[A-Za-z0-9_]{82})\b/g, severity: 'high' },
  { id: 'npm-token', re: /\b(npm_[A-Za-z0-9]{36})\b/g, severity: 'high' },
  { id: 'slack-token', re: /\b(xox[abprs]-[A-Za-z0-9-]{10,72})\b/g, severity: 'medium' },
  { id: 'slack-webhook', re: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+)/g, severity: 'medium' },
  { id: 'discord-webhook', re: /(https:\/\/(?:canary\.|ptb\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]+)/g, severity: 'medium' },
  { id: 'telegram-bot-token', re: /\b(\d{8,10}:AA[A-Za-z0-9_-]{33})\b/g, severity: 'medium' },
  { id: 'openai-key', re: /\b(sk-(?:proj-)?[A-Za-z0-9_-]{20,})\b/g, severity: 'high', entropy: 3.5 },
  { id: 'anthropic-key', re: /\b(sk-ant-[A-Za-z0-9_-]{20,})\b/g, severity: 'high' },
  { id: 'stripe-live', re: /\b((?:sk|rk)_live_[A-Za-z0-9]{20,})\b/g, severity: 'high' },
  { id: 'private-key', re: /(-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY(?: BLOCK)?-----)/g, severity: 'critical' },
  { id: 'generic-password-assignment', re: /(?:password|passwd|secret)\s*[=:]\s*["']([^"'\s]{8,})["']/gi, severity: 'low', entropy: 3.0 },
];
