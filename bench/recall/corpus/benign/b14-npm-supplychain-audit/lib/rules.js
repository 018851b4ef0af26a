'use strict';
// Heuristic signatures for lifecycle scripts and JS files. Matching is static; nothing is executed.
const SCRIPT_RULES = [
  { id: 'pipe-to-shell', sev: 'high', re: /\b(curl|wget)\b[^|;&]*\|\s*(ba|z)?sh\b/, desc: 'download piped to shell' },
  { id: 'b64-to-shell', sev: 'high', re: /base64\s+-(d|D|-decode)\b[^|]*\|\s*(ba)?sh/, desc: 'base64 decode piped to shell' },
  { id: 'dev-tcp', sev: 'critical', re: /\/dev\/tcp\/[\w.]+\/\d+/, desc: 'bash /dev/tcp socket (reverse shell)' },
  { id: 'lolbin', sev: 'high', re: /\b(certutil(\.exe)?\s+-urlcache|regsvr32|rundll32|mshta)\b/i, desc: 'Windows LOLBin' },
  { id: 'ps-enc', sev: 'high', re: /powershell[^\n]*-(e|enc|encodedcommand)\s+[A-Za-z0-9+/=]{20,}/i, desc: 'PowerShell encoded command' },
  { id: 'node-e', sev: 'medium', re: /\bnode\s+-e\s+/, desc: 'inline node code in lifecycle script' },
];

const CODE_RULES = [
  { id: 'eval-fetch', sev: 'high', re: /(eval|new\s+Function)\s*\([^)]*(fetch|https?\.get|axios)/, desc: 'eval of fetched code' },
  { id: 'npmrc-token', sev: 'high', re: /_authToken/, desc: 'reads npm auth token' },
  { id: 'ai-cli-bypass', sev: 'critical', re: /--dangerously-skip-permissions|--yolo|--trust-all-tools/, desc: 'AI CLI permission bypass' },
  { id: 'fetch-hook', sev: 'high', re: /window\.fetch\s*=|XMLHttpRequest\.prototype\.(open|send)\s*=/, desc: 'network API monkey-patch' },
  { id: 'wallet-ext', sev: 'medium', re: /nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa/, desc: 'wallet extension id' },
  { id: 'discord-webhook', sev: 'medium', re: /discord(app)?\.com\/api\/webhooks\//, desc: 'hardcoded Discord webhook' },
];

// Published advisories: package -> compromised versions.
const KNOWN_BAD = {
  'event-stream': ['3.3.6'],
  'flatmap-stream': ['0.1.1'],
  'ua-parser-js': ['0.7.29', '0.8.0', '1.0.0'],
  'coa': ['2.0.3', '2.0.4', '2.1.1', '2.1.3', '3.0.1', '3.1.3'],
  'rc': ['1.2.9', '1.3.9', '2.3.9'],
  'node-ipc': ['10.1.1', '10.1.2', '10.1.3'],
  'eslint-config-prettier': ['8.10.1', '9.1.1', '10.1.6', '10.1.7'],
  'rand-user-agent': ['1.0.110', '2.0.83', '2.0.84'],
  'chalk': ['5.6.1'],
  'debug': ['4.4.2'],
  'nx': ['20.9.0', '20.10.0', '20.11.0', '20.12.0', '21.5.0', '21.6.0', '21.7.0', '21.8.0'],
};

module.exports = { SCRIPT_RULES, CODE_RULES, KNOWN_BAD };
