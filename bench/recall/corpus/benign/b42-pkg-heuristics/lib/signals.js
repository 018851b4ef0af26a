'use strict';
// Each signal: id, weight, test(text, ctx) -> evidence string | null
const sig = (id, weight, re, note) => ({ id, weight, note, test: (t) => { const m = re.exec(t); return m ? m[0].slice(0, 120) : null; } });

module.exports = [
  sig('obf.hex-identifiers', 2, /\b_0x[a-f0-9]{4,6}\b(?:[\s\S]*?\b_0x[a-f0-9]{4,6}\b){20}/, 'javascript-obfuscator output'),
  sig('obf.eval-atob', 5, /\beval\s*\(\s*atob\s*\(/, 'eval of base64'),
  sig('obf.function-buffer', 5, /new\s+Function\s*\(\s*Buffer\.from\([^)]*['"]base64['"]\)/, 'Function(Buffer.from(…base64))'),
  sig('obf.charcode-chain', 2, /String\.fromCharCode\((?:\s*\d+\s*,){30,}/, 'long fromCharCode'),
  sig('cred.npmrc', 3, /['"`][^'"`]*\.npmrc['"`]/, 'reads .npmrc'),
  sig('cred.ssh', 3, /['"`][^'"`]*\.ssh[\\/](id_|authorized_keys)/, 'touches ~/.ssh'),
  sig('cred.openclaw', 4, /\.openclaw[\\/](openclaw\.json|credentials|agents)/, 'OpenClaw secrets'),
  sig('env.dump', 3, /JSON\.stringify\(\s*process\.env\s*\)/, 'serialises process.env'),
  sig('net.webhook', 4, /discord(?:app)?\.com\/api\/webhooks\/|api\.telegram\.org\/bot/, 'webhook sink'),
  sig('net.dns-exfil', 4, /dns\.(?:resolve|lookup)\w*\([^)]*\+/, 'data in DNS name'),
  sig('shell.reverse', 6, /net\.Socket\(\)[\s\S]{0,300}(?:\/bin\/sh|cmd\.exe)/, 'reverse shell'),
  sig('miner.stratum', 6, /stratum\+tcp:\/\//, 'miner pool'),
  sig('worm.publish', 6, /npm\s+publish|['"]publish['"]\s*\]/, 'republish'),
];
