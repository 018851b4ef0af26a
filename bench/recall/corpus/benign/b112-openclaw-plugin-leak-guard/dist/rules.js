'use strict';
// Detection rules. Patterns describe attacker behaviour so it can be *found*.
exports.SECRETS = [
  { id: 'github-token', re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,}\b/g },
  { id: 'npm-token', re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { id: 'npmrc-authtoken', re: /_authToken\s*=\s*(?!\$\{)[^\s]+/g },
  { id: 'openai-key', re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g },
  { id: 'anthropic-key', re: /\bsk-ant-[A-Za-z0-9_-]{32,}\b/g },
  { id: 'aws-access-key', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: 'slack-token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { id: 'private-key', re: /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/g },
  { id: 'db-url', re: /\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis):\/\/[^\s:@'"]+:[^\s@'"]+@[^\s'"]+/g },
];

exports.LIFECYCLE = [
  { id: 'download-exec', re: /\b(curl|wget)\b[^|;&]*\|\s*(ba)?sh\b|certutil\s+-urlcache|Invoke-WebRequest[^|]*\|\s*iex/i, sev: 'high' },
  { id: 'token-files', re: /\.npmrc|\.git-credentials|\.aws\/credentials|gh\s+auth\s+token|_authToken/i, sev: 'high' },
  { id: 'ai-cli-bypass', re: /--dangerously-skip-permissions|--yolo\b|--trust-all-tools|--dangerously-bypass-approvals/i, sev: 'high' },
  { id: 'workflow-secrets-dump', re: /toJSON\(\s*secrets\s*\)/i, sev: 'high' },
  { id: 'npm-publish', re: /\bnpm\s+publish\b/i, sev: 'medium' },
  { id: 'eval-remote', re: /(eval|new Function)\s*\(.*(fetch|https?\.get|request)\(/i, sev: 'medium' },
  { id: 'long-base64', re: /[A-Za-z0-9+/]{400,}={0,2}/, sev: 'low' },
  { id: 'detached-spawn', re: /detached\s*:\s*true/i, sev: 'low' },
];

exports.redact = (s) => (s.length <= 8 ? '****' : s.slice(0, 4) + '…' + '*'.repeat(6));
