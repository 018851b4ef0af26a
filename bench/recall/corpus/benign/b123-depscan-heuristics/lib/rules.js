'use strict';
// Each rule documents a technique seen in real npm supply-chain incidents.
// The strings below are *patterns to search for*; nothing here is executed.
module.exports = [
  {
    id: 'install-script-network',
    severity: 'high',
    where: 'scripts',
    description: 'Lifecycle script downloads and pipes to a shell (e.g. `curl … | sh`, `wget -qO- … | bash`)',
    re: /\b(?:curl|wget)\b[^|;&]*\|\s*(?:ba|z|da)?sh\b/,
  },
  {
    id: 'install-script-node-eval',
    severity: 'medium',
    where: 'scripts',
    description: 'Lifecycle script runs inline code with `node -e` (common in droppers, but also in banners)',
    re: /\bnode\s+(?:-e|--eval|-p)\b/,
  },
  {
    id: 'eval-decoded',
    severity: 'high',
    where: 'code',
    description: 'eval/Function over decoded data: eval(Buffer.from(x, "base64")...), new Function(atob(...))',
    re: /\b(?:eval|Function)\s*\(\s*(?:Buffer\.from|atob|decodeURIComponent|unescape)\s*\(/,
  },
  {
    id: 'hex-string-array',
    severity: 'medium',
    where: 'code',
    description: 'javascript-obfuscator style _0x string arrays',
    re: /var\s+_0x[0-9a-f]{4,6}\s*=\s*\[\s*'\\x/,
  },
  {
    id: 'credential-paths',
    severity: 'high',
    where: 'code',
    description: 'Reads well-known credential files (~/.npmrc, ~/.ssh/id_*, ~/.aws/credentials, browser Login Data, wallet dirs)',
    re: /(?:\.npmrc|\.ssh[\\/]+id_(?:rsa|ed25519|ecdsa)|\.aws[\\/]+credentials|Login Data|Local State|\.config[\\/]+solana|Exodus[\\/]+exodus\.wallet)/,
  },
  {
    id: 'env-bulk-serialise',
    severity: 'high',
    where: 'code',
    description: 'Serialises the whole environment (JSON.stringify(process.env)) - typical of token stealers',
    re: /JSON\.stringify\(\s*process\.env\s*\)|Object\.entries\(\s*process\.env\s*\)\.map/,
  },
  {
    id: 'exfil-webhook',
    severity: 'high',
    where: 'code',
    description: 'Hard-coded chat webhooks / paste sites often used as drop boxes',
    re: /discord(?:app)?\.com\/api\/webhooks\/|api\.telegram\.org\/bot|pastebin\.com\/raw|webhook\.site\/|\.ngrok(?:-free)?\.(?:io|app)/,
  },
  {
    id: 'dns-exfil',
    severity: 'medium',
    where: 'code',
    description: 'dns.resolve / lookup of a hostname built from data (DNS tunnelling)',
    re: /dns\.(?:resolve\w*|lookup)\(\s*[`'"]?\$?\{?[^)]*\+\s*['"`]\./,
  },
  {
    id: 'child-process-detached',
    severity: 'low',
    where: 'code',
    description: 'Detached child process with stdio ignored (persistence/background work; also used by update notifiers)',
    re: /detached\s*:\s*true[\s\S]{0,80}stdio\s*:\s*['"]ignore['"]/,
  },
  {
    id: 'git-hooks-write',
    severity: 'low',
    where: 'code',
    description: 'Writes into .git/hooks (legit for hook managers, abused for persistence)',
    re: /\.git[\\/]+hooks[\\/]|core\.hooksPath/,
  },
];
