'use strict';

module.exports = [
  { id: 'aws-access-key', severity: 'high', rx: /\b((?:AKIA|ASIA)[0-9A-Z]{16})\b/g },
  { id: 'aws-secret-key', severity: 'critical', rx: /aws(.{0,20})?(secret|private)?.{0,20}['"=:\s]([0-9a-zA-Z/+]{40})\b/gi, group: 3 },
  { id: 'github-pat', severity: 'critical', rx: /\b(ghp_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{82})\b/g },
  { id: 'github-oauth', severity: 'high', rx: /\b(gho_[0-9A-Za-z]{36})\b/g },
  { id: 'slack-token', severity: 'high', rx: /\b(xox[baprs]-[0-9A-Za-z-]{10,})\b/g },
  { id: 'stripe-live', severity: 'critical', rx: /\b(sk_live_[0-9a-zA-Z]{24,})\b/g },
  { id: 'gcp-service-account', severity: 'critical', rx: /"type":\s*"service_account"[\s\S]{0,200}"private_key_id":\s*"([0-9a-f]{40})"/g },
  { id: 'private-key', severity: 'critical', rx: /(-----BEGIN (?:RSA|EC|DSA|OPENSSH|PGP)? ?PRIVATE KEY(?: BLOCK)?-----)/g },
  { id: 'npm-token', severity: 'high', rx: /\b(npm_[0-9A-Za-z]{36})\b/g },
  { id: 'npmrc-auth', severity: 'high', rx: /_authToken=([^\s]+)/g },
  { id: 'generic-password-assign', severity: 'medium', rx: /(?:password|passwd|pwd)\s*[:=]\s*['"]([^'"\s]{8,})['"]/gi, entropy: 3.0 },
];
