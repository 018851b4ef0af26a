'use strict';

// Supply-chain heuristics for package manifests and scripts. These are patterns to *report*;
// secret-sweep never executes or fetches anything it finds.
const SCRIPT_HOOKS = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish'];

const SCRIPT_PATTERNS = [
  { id: 'pipe-to-shell', re: /\b(curl|wget)\b[^|;&]*\|\s*(ba|z|da)?sh\b/, why: 'downloads and pipes into a shell' },
  { id: 'b64-to-shell', re: /base64\s+(-d|--decode|-D)\b[^|]*\|\s*(ba|z)?sh/, why: 'decodes base64 into a shell' },
  { id: 'node-eval', re: /node\s+-e\s+['"].*(https?:|Buffer\.from|eval)/, why: 'inline node with network or eval' },
  { id: 'powershell-enc', re: /powershell(\.exe)?\s+.*-(e|enc|encodedcommand)\s+[A-Za-z0-9+/=]{20,}/i, why: 'encoded PowerShell' },
  { id: 'hidden-window', re: /-w(indowstyle)?\s+hidden/i, why: 'hidden PowerShell window' },
  { id: 'preload-env', re: /\b(LD_PRELOAD|DYLD_INSERT_LIBRARIES)\s*=/, why: 'dynamic linker preload' },
  { id: 'hookspath', re: /core\.hooksPath/, why: 'global git hooks redirection' }
];

const SOURCE_PATTERNS = [
  { id: 'eval-decoded', re: /\beval\s*\(\s*(atob|Buffer\.from|unescape|decodeURIComponent)\s*\(/, why: 'eval of decoded data' },
  { id: 'function-ctor', re: /new\s+Function\s*\([^)]*\)\s*\(/, why: 'Function constructor invoked immediately' },
  { id: 'detached-child', re: /detached\s*:\s*true[\s\S]{0,120}\.unref\(\)/, why: 'detached, unref\'d child process' },
  { id: 'string-array', re: /var\s+_0x[0-9a-f]{4,}\s*=\s*\[\s*'(\\x[0-9a-f]{2})+/, why: 'javascript-obfuscator string array' },
  { id: 'invisible-run', re: /[\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]{16,}/u, why: 'long run of variation selectors (possible hidden payload)' },
  { id: 'dns-exfil', re: /dns\.(resolve\w*|lookup)\s*\(\s*`?\$\{?[^,]{0,40}(hex|base32|toString\(['"]hex)/, why: 'data encoded into DNS names' }
];

// Hosts published in advisories as exfiltration endpoints or second-stage payload servers.
// Extend via SECRET_SWEEP_EXTRA_HOSTS (comma separated).
const HOSTS = [
  'collect.npm-stats.invalid',
  'paste.exfil-drop.invalid',
  'cdn.pkg-mirror-cache.invalid',
  'api.telemetry-bridge.invalid',
  '192.0.2.200',
  '192.0.2.201'
].concat((process.env.SECRET_SWEEP_EXTRA_HOSTS || '').split(',').map((h) => h.trim()).filter(Boolean));

module.exports = { SCRIPT_HOOKS, SCRIPT_PATTERNS, SOURCE_PATTERNS, HOSTS };
