'use strict';

module.exports = [
  { id: 'aws-access-key', re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: 'aws-secret', re: /aws_secret_access_key\s*=\s*([A-Za-z0-9/+=]{40})/g },
  { id: 'github-token', re: /\b(gh[pousr]_[A-Za-z0-9]{36,})\b/g },
  { id: 'npm-token', re: /(?:_authToken\s*=\s*|\b)(npm_[A-Za-z0-9]{36})\b/g },
  { id: 'openai-key', re: /\b(sk-(?:proj-)?[A-Za-z0-9_-]{20,})\b/g },
  { id: 'anthropic-key', re: /\b(sk-ant-[A-Za-z0-9_-]{20,})\b/g },
  { id: 'slack-token', re: /\b(xox[abpr]-[A-Za-z0-9-]{10,})\b/g },
  { id: 'private-key', re: /-----BEGIN (?:RSA |EC |OPENSSH |)PRIVATE KEY-----/g },
  { id: 'generic-assignment', re: /\b(?:SECRET|TOKEN|PASSWORD|API_KEY)\w*\s*[:=]\s*['"]?([^\s'"]{12,})/gi },
];
