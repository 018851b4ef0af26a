'use strict';

// Credential detectors. Each rule: id, description, regex, optional entropy floor for the captured group.
module.exports = [
  { id: 'aws-access-key-id', description: 'AWS access key id', re: /\b((?:AKIA|ASIA)[0-9A-Z]{16})\b/g },
  { id: 'aws-secret-access-key', description: 'AWS secret access key', re: /aws(.{0,20})?(secret|sk)(.{0,20})?['"\s:=]+([A-Za-z0-9/+=]{40})\b/gi, group: 4, entropy: 4.0 },
  { id: 'github-pat', description: 'GitHub personal access token', re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g },
  { id: 'github-fine-grained', description: 'GitHub fine-grained token', re: /\b(github_pat_[A-Za-z0-9_]{82})\b/g },
  { id: 'npm-token', description: 'npm access token', re: /\b(npm_[A-Za-z0-9]{36})\b/g },
  { id: 'npmrc-auth', description: '_authToken in an .npmrc', re: /:_authToken\s*=\s*([^\s$][^\s]{16,})/g },
  { id: 'slack-token', description: 'Slack token', re: /\b(xox[abprs]-[A-Za-z0-9-]{10,72})\b/g },
  { id: 'openai-key', description: 'OpenAI-style secret key', re: /\b(sk-(?:proj-)?[A-Za-z0-9_-]{32,})\b/g, entropy: 3.5 },
  { id: 'anthropic-key', description: 'Anthropic API key', re: /\b(sk-ant-[A-Za-z0-9_-]{40,})\b/g },
  { id: 'telegram-bot', description: 'Telegram bot token', re: /\b(\d{8,10}:AA[A-Za-z0-9_-]{33})\b/g },
  { id: 'stripe-live', description: 'Stripe live secret key', re: /\b(sk_live_[A-Za-z0-9]{24,})\b/g },
  { id: 'private-key', description: 'PEM private key block', re: /(-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY(?: BLOCK)?-----)/g },
  { id: 'db-url-password', description: 'Database URL with inline password', re: /\b((?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp):\/\/[^:\s/]+:[^@\s]{3,}@[^\s'"]+)/g },
  { id: 'generic-assignment', description: 'High-entropy value assigned to a secret-looking name', re: /\b[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|API_KEY)[A-Z0-9_]*\s*[:=]\s*['"]?([A-Za-z0-9/+_=-]{20,})['"]?/g, entropy: 4.2 }
];
