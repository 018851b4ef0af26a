"use strict";

// Token formats (subset of gitleaks default rules).
const TOKENS = [
  ["aws-access-key", /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ["github-token", /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g],
  ["github-fine-grained", /\bgithub_pat_[A-Za-z0-9_]{60,}\b/g],
  ["openai-key", /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b/g],
  ["anthropic-key", /\bsk-ant-[A-Za-z0-9_-]{20,}\b/g],
  ["slack-token", /\bxox[abpors]-[A-Za-z0-9-]{10,}\b/g],
  ["telegram-bot-token", /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/g],
  ["private-key", /-----BEGIN (?:RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----[\s\S]*?-----END (?:RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----/g],
  ["jwt", /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g],
  ["basic-auth-url", /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@[^\s/]+/gi],
];

// Phrases seen in indirect prompt injection aimed at exfiltration. Used to WARN only.
const INJECTION = [
  /ignore (all )?previous instructions/i,
  /(read|cat|open) [~$][^\s]*\/(\.ssh|\.aws|\.openclaw)/i,
  /(include|pass|send) (the )?(contents of|full text of) .{0,60}(openclaw\.json|id_rsa|credentials)/i,
  /do not (tell|mention|inform) (this to )?the user/i,
];

module.exports = { TOKENS, INJECTION };
