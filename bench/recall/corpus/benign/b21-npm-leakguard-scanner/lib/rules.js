'use strict';
// Detection rules. Patterns only; nothing here is a real credential.
module.exports = [
  { id: 'aws-access-key-id', severity: 'high', re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: 'aws-secret-access-key', severity: 'high', re: /aws_secret_access_key\s*[=:]\s*["']?([A-Za-z0-9/+=]{40})/gi },
  { id: 'github-token', severity: 'high', re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g },
  { id: 'github-fine-grained', severity: 'high', re: /\bgithub_pat_[A-Za-z0-9_]{82}\b/g },
  { id: 'npm-token', severity: 'high', re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { id: 'npmrc-auth', severity: 'high', re: /_authToken\s*=\s*[^\s$]{20,}/g },
  { id: 'slack-token', severity: 'high', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { id: 'slack-webhook', severity: 'medium', re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+/g },
  { id: 'discord-webhook', severity: 'medium', re: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]+/g },
  { id: 'telegram-bot-token', severity: 'high', re: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g },
  { id: 'anthropic-key', severity: 'high', re: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}\b/g },
  { id: 'openai-key', severity: 'high', re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{40,}\b/g },
  { id: 'stripe-live-key', severity: 'high', re: /\b(?:sk|rk)_live_[A-Za-z0-9]{24,}\b/g },
  { id: 'google-api-key', severity: 'medium', re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { id: 'private-key', severity: 'critical', re: /-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY( BLOCK)?-----/g },
  { id: 'openclaw-gateway-token', severity: 'high', re: /"?token"?\s*:\s*"oc_gw_[A-Za-z0-9]{32,}"/g },
  { id: 'generic-password-assignment', severity: 'low', re: /\b(?:password|passwd|pwd)\s*[=:]\s*["'][^"'\s]{8,}["']/gi },
];
