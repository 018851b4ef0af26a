'use strict';
// Rule catalogue. These strings are *detection patterns*; nothing here is executed or contacted.

exports.SECRET_RULES = [
  { id: 'aws-access-key', severity: 'high', re: /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g },
  { id: 'aws-secret-key', severity: 'high', re: /aws_secret_access_key\s*[=:]\s*['"]?([A-Za-z0-9/+=]{40})/gi },
  { id: 'github-token', severity: 'high', re: /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{82}\b/g },
  { id: 'npm-token', severity: 'high', re: /\bnpm_[A-Za-z0-9]{36}\b|_authToken\s*=\s*[^\s$]{20,}/g },
  { id: 'slack-webhook', severity: 'medium', re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+/g },
  { id: 'discord-webhook', severity: 'medium', re: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]+/g },
  { id: 'telegram-bot-token', severity: 'medium', re: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g },
  { id: 'private-key', severity: 'high', re: /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/g },
];

exports.BEHAVIOUR_RULES = [
  { id: 'reads-credential-store', severity: 'high',
    re: /(\.aws\/credentials|\.npmrc|\.ssh\/id_(rsa|ed25519|ecdsa)|\.kube\/config|\.docker\/config\.json|\.config\/gcloud|\.openclaw\/(openclaw\.json|credentials)|auth-profiles\.json)/g },
  { id: 'reads-wallet-extension', severity: 'high',
    re: /nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|hnfanknocfeofbddgcijnmhnfnkdnaad|Local Extension Settings|exodus\.wallet|Electrum\/wallets/g },
  { id: 'exfil-endpoint', severity: 'medium',
    re: /webhook\.site|requestbin|pipedream\.net|interact\.sh|oast\.(?:pro|live|fun|site|me)|burpcollaborator|ngrok(?:-free)?\.app|api\.telegram\.org\/bot/g },
  { id: 'env-dump', severity: 'medium', re: /JSON\.stringify\(\s*process\.env\s*\)|Object\.entries\(\s*process\.env\s*\)/g },
  { id: 'reverse-shell', severity: 'high',
    re: /\/dev\/tcp\/|nc\s+(-e|-c)\s|bash\s+-i\s*>&|socket\.connect\([^)]*\)[\s\S]{0,200}(\/bin\/sh|cmd\.exe)|pty\.spawn\(['"]\/bin\/(ba)?sh/g },
  { id: 'download-exec', severity: 'high',
    re: /(curl|wget)\s[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b|IEX\s*\(\s*New-Object\s+Net\.WebClient|Invoke-Expression\s*\(\s*\(?iwr/gi },
  { id: 'dynamic-eval-decoded', severity: 'medium',
    re: /eval\(\s*(atob|Buffer\.from)\(|new\s+Function\([^)]*Buffer\.from\([^)]*base64/g },
];

exports.IGNORE_DIRS = new Set(['.git', 'node_modules', 'dist', 'build', 'coverage', '.next', '.turbo']);
