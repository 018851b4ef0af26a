'use strict';
// Detection rules. These strings describe what attackers look for; the scanner only matches them.
module.exports = {
  secrets: [
    { id: 'aws-access-key', re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { id: 'private-key', re: /-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/ },
    { id: 'npm-token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
    { id: 'github-token', re: /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{82}\b/ },
    { id: 'openai-key', re: /\bsk-(proj-)?[A-Za-z0-9_-]{32,}\b/ },
    { id: 'anthropic-key', re: /\bsk-ant-[A-Za-z0-9_-]{32,}\b/ },
    { id: 'slack-token', re: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/ },
    { id: 'webhook-url', re: /\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,}/ }
  ],
  // Paths that malicious code commonly reads; flagged when they appear next to a network call.
  sensitivePaths: [
    '~/.ssh/', '~/.aws/credentials', '~/.npmrc', '~/.netrc', '~/.kube/config', '~/.docker/config.json',
    '~/.openclaw/openclaw.json', '~/.openclaw/credentials/', 'auth-profiles.json', 'login.keychain-db',
    'Local Extension Settings', 'exodus.wallet', '.env'
  ],
  networkCalls: [/\bcurl\b[^\n]*(-F|-T|--data-binary|-d\s*@)/, /\bfetch\(/, /https?\.request\(/, /requests\.post\(/, /Invoke-WebRequest/],
  riskyInstall: [
    { id: 'base64-to-shell', re: /base64\s+(-d|-D|--decode)[^\n]*\|\s*(ba|z)?sh\b/ },
    { id: 'curl-pipe-shell', re: /curl\s[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b/ },
    { id: 'archive-password', re: /(password|passcode)\s*[:=]?\s*[`'"]?\w{3,}[`'"]?.*\.(zip|7z|rar)|\.(zip|7z|rar).*password/i },
    { id: 'hidden-tag-chars', re: /[\u{E0000}-\u{E007F}]/u },
    { id: 'zero-width', re: /[\u200B-\u200D\u2060\uFEFF]/ },
    { id: 'concealment', re: /do not (tell|mention|inform) the user|ignore (all )?previous instructions/i }
  ]
};
