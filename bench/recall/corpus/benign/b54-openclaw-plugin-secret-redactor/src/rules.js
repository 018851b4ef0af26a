'use strict';
const { checksumOk } = require('./checksum');

module.exports = [
  { id: 'aws-access-key', re: /\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/g },
  { id: 'aws-secret', re: /(aws_secret_access_key\s*[=:]\s*)([A-Za-z0-9/+]{40})/gi, group: 2 },
  { id: 'github-token', re: /\b(?:ghp|gho|ghu|ghs|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})\b/g, verify: (m) => checksumOk(m[1], m[2]) },
  { id: 'github-pat', re: /\bgithub_pat_[A-Za-z0-9_]{70,}\b/g },
  { id: 'npm-token', re: /\bnpm_([A-Za-z0-9]{30})([A-Za-z0-9]{6})\b/g, verify: (m) => checksumOk(m[1], m[2]) },
  { id: 'anthropic-key', re: /\bsk-ant-[A-Za-z0-9_-]{32,}\b/g },
  { id: 'openai-key', re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g },
  { id: 'slack-token', re: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g },
  { id: 'stripe-live', re: /\b[rs]k_live_[A-Za-z0-9]{20,}\b/g },
  { id: 'jwt', re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g },
  { id: 'private-key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g },
  { id: 'url-password', re: /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@]+)(@)/gi, group: 2 },
];
