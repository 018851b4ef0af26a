'use strict';
module.exports = [
  { id: 'aws-access-key-id', re: /\b((?:AKIA|ASIA)[0-9A-Z]{16})\b/g },
  { id: 'aws-secret-access-key', re: /aws_?secret_?access_?key\s*[:=]\s*["']?([A-Za-z0-9/+=]{40})/gi },
  { id: 'github-token', re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g },
  { id: 'github-fine-grained', re: /\b(github_pat_[A-Za-z0-9_]{60,255})\b/g },
  { id: 'npm-token', re: /\b(npm_[A-Za-z0-9]{36})\b/g },
  { id: 'slack-token', re: /\b(xox[abprs]-[A-Za-z0-9-]{10,})\b/g },
  { id: 'slack-webhook', re: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+)/g },
  { id: 'stripe-live', re: /\b((?:sk|rk)_live_[A-Za-z0-9]{20,})\b/g },
  { id: 'openai-key', re: /\b(sk-(?:proj-)?[A-Za-z0-9_-]{32,})\b/g },
  { id: 'anthropic-key', re: /\b(sk-ant-[A-Za-z0-9_-]{32,})\b/g },
  { id: 'google-api-key', re: /\b(AIza[0-9A-Za-z_-]{35})\b/g },
  { id: 'private-key', re: /(-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY( BLOCK)?-----)/g },
  { id: 'generic-assignment', re: /(?:password|passwd|secret|api_?key|token)\s*[:=]\s*["']([^"'\s]{12,})["']/gi, entropy: 3.5 }
];
