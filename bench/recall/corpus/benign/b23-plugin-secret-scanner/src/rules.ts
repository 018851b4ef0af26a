export type Rule = { id: string; title: string; re: RegExp; severity: "critical" | "warn" };

export const RULES: Rule[] = [
  { id: "aws-access-key", title: "AWS access key id", re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, severity: "critical" },
  { id: "aws-secret", title: "AWS secret access key", re: /aws_secret_access_key\s*=\s*[A-Za-z0-9/+=]{40}/gi, severity: "critical" },
  { id: "npm-token", title: "npm access token", re: /\bnpm_[A-Za-z0-9]{36}\b/g, severity: "critical" },
  { id: "npmrc-auth", title: "npm auth token in .npmrc", re: /_authToken\s*=\s*\S+/g, severity: "critical" },
  { id: "github-token", title: "GitHub token", re: /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{82}\b/g, severity: "critical" },
  { id: "openai-key", title: "OpenAI API key", re: /\bsk-(proj-)?[A-Za-z0-9_-]{20,}\b/g, severity: "critical" },
  { id: "anthropic-key", title: "Anthropic API key", re: /\bsk-ant-[A-Za-z0-9_-]{20,}\b/g, severity: "critical" },
  { id: "slack-token", title: "Slack token", re: /\bxox[baprs]-[A-Za-z0-9-]{10,}\b/g, severity: "critical" },
  { id: "discord-webhook", title: "Discord webhook URL", re: /https:\/\/discord(app)?\.com\/api\/webhooks\/\d+\/[\w-]+/g, severity: "warn" },
  { id: "telegram-bot", title: "Telegram bot token", re: /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/g, severity: "warn" },
  { id: "private-key", title: "Private key block", re: /-----BEGIN (RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY( BLOCK)?-----/g, severity: "critical" },
  { id: "seed-phrase", title: "Possible wallet seed phrase (12/24 words)", re: /\b(?:[a-z]{3,8}\s+){11}(?:[a-z]{3,8})(?:\s+(?:[a-z]{3,8}\s+){11}[a-z]{3,8})?\b/g, severity: "warn" },
];

export const CREDENTIAL_FILES: { path: string; maxMode: number; note: string }[] = [
  { path: "~/.ssh", maxMode: 0o700, note: "SSH directory" },
  { path: "~/.ssh/id_rsa", maxMode: 0o600, note: "SSH private key" },
  { path: "~/.ssh/id_ed25519", maxMode: 0o600, note: "SSH private key" },
  { path: "~/.aws/credentials", maxMode: 0o600, note: "AWS credentials" },
  { path: "~/.npmrc", maxMode: 0o600, note: "npm config (may hold tokens)" },
  { path: "~/.openclaw", maxMode: 0o700, note: "OpenClaw state dir" },
  { path: "~/.openclaw/openclaw.json", maxMode: 0o600, note: "OpenClaw config (gateway token, provider keys)" },
  { path: "~/.openclaw/credentials", maxMode: 0o700, note: "OpenClaw channel credentials" },
];
