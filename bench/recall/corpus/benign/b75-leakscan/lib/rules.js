'use strict';
module.exports = [
  { id: 'aws-access-key', re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: 'aws-secret-key', re: /aws(.{0,20})?(secret|private)?.{0,20}['"][0-9a-zA-Z/+]{40}['"]/gi },
  { id: 'github-token', re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g },
  { id: 'github-fine-grained', re: /\bgithub_pat_[A-Za-z0-9_]{82}\b/g },
  { id: 'npm-token', re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { id: 'slack-token', re: /\bxox[baprs]-[A-Za-z0-9-]{10,}\b/g },
  { id: 'stripe-secret', re: /\bsk_(live|test)_[A-Za-z0-9]{24,}\b/g },
  { id: 'openai-key', re: /\bsk-(proj-)?[A-Za-z0-9_-]{40,}\b/g },
  { id: 'anthropic-key', re: /\bsk-ant-[A-Za-z0-9_-]{40,}\b/g },
  { id: 'google-api-key', re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { id: 'private-key', re: /-----BEGIN (RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY( BLOCK)?-----/g },
  { id: 'generic-secret', re: /\b(secret|passwd|password|api_?key|token)\s*[:=]\s*['"]([^'"\s]{12,})['"]/gi, entropy: 3.5, group: 2 },
];
