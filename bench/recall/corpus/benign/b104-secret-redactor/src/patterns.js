"use strict";

// Each pattern: id, regex (global), and how much of the match to keep visible.
const PATTERNS = [
  { id: "openai", re: /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}\b/g, keep: 6 },
  { id: "anthropic", re: /\bsk-ant-(?:api|admin|oat)\d{2}-[A-Za-z0-9_-]{20,}\b/g, keep: 10 },
  { id: "openrouter", re: /\bsk-or-v1-[a-f0-9]{64}\b/g, keep: 9 },
  { id: "groq", re: /\bgsk_[A-Za-z0-9]{40,}\b/g, keep: 4 },
  { id: "google-api", re: /\bAIza[0-9A-Za-z_-]{35}\b/g, keep: 4 },
  { id: "github", re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{60,}\b/g, keep: 4 },
  { id: "slack-token", re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, keep: 5 },
  { id: "slack-webhook", re: /https:\/\/hooks\.slack\.com\/services\/[A-Z0-9]+\/[A-Z0-9]+\/[A-Za-z0-9]+/g, keep: 34 },
  { id: "discord-webhook", re: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]+/g, keep: 36 },
  { id: "telegram-bot", re: /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/g, keep: 4 },
  { id: "aws-access-key", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, keep: 4 },
  { id: "stripe", re: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}\b/g, keep: 8 },
  { id: "jwt", re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g, keep: 3 },
  { id: "private-key", re: /-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY(?: BLOCK)?-----[\s\S]+?-----END (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY(?: BLOCK)?-----/g, keep: 0 },
  { id: "bip39-like", re: /\b(?:[a-z]{3,8}\s+){11}[a-z]{3,8}\b(?=\s*(?:$|[.\n]))/g, keep: 0, requireContext: /(seed|recovery|mnemonic|phrase)/i },
  { id: "kv-secret", re: /\b(password|passwd|secret|api[_-]?key|token)\s*[:=]\s*["']?([^\s"']{8,})/gi, keep: 0, group: 2 },
];

module.exports = { PATTERNS };
