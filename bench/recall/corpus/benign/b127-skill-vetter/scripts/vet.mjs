#!/usr/bin/env node
// Static risk scan of OpenClaw skill folders. Read-only.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { homedir } from 'node:os';

const RULES = [
  // id, severity, description, regex
  ['RCE-PIPE', 'high', 'download piped into a shell/interpreter', /\b(curl|wget|iwr|Invoke-WebRequest)\b[^\n|]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\|\s*(python3?|node|iex|Invoke-Expression)\b/i],
  ['RCE-EVAL', 'medium', 'dynamic code evaluation', /\beval\s*\(|new Function\s*\(|\bexec\s*\(\s*(base64|compile|requests)|Invoke-Expression|\biex\b/],
  ['B64-EXEC', 'high', 'base64 decoded and executed', /base64\s+(-d|--decode)[^\n]*\|\s*(ba)?sh|b64decode\([^)]*\)\)?\s*\)?\s*$|FromBase64String[^\n]*(iex|Invoke-Expression)/im],
  ['CRED-FILES', 'high', 'reads credential stores', /\.ssh\/id_|\.aws\/credentials|\.config\/gcloud|\.kube\/config|\.docker\/config\.json|auth-profiles\.json|\.openclaw\/credentials|Login Data|Cookies\.binarycookies|keychain-db|\.gnupg/],
  ['CRED-ENV', 'medium', 'bulk environment dump', /process\.env\)|os\.environ\.copy\(\)|dict\(os\.environ\)|\bprintenv\b|Get-ChildItem\s+env:/i],
  ['EXFIL-HOOK', 'high', 'known exfiltration sinks', /discord(app)?\.com\/api\/webhooks|api\.telegram\.org\/bot|hooks\.slack\.com\/services|webhook\.site|requestbin|pipedream\.net|ngrok(-free)?\.(io|app)|pastebin\.com\/api|transfer\.sh|interact\.sh|oast\./i],
  ['EXFIL-DNS', 'medium', 'DNS lookups built from data', /(nslookup|dig|getaddrinfo|resolve4?)\s*\(?[^\n]*(\$\{|\+|%s|format\()/i],
  ['PERSIST', 'medium', 'persistence locations', /crontab\s|LaunchAgents|LaunchDaemons|systemctl\s+--user\s+enable|\.bashrc|\.zshrc|\.profile|HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run|schtasks/i],
  ['OBFUSC', 'medium', 'obfuscation markers', /\\x[0-9a-f]{2}(\\x[0-9a-f]{2}){15,}|String\.fromCharCode\((\d+,\s*){10,}|[A-Za-z0-9+/]{200,}={0,2}|atob\(|rot13|codecs\.decode\([^)]*rot/i],
  ['INJECT', 'high', 'prompt-injection / concealment text', /ignore (all )?(previous|prior) instructions|do not (tell|inform|mention)[^\n]{0,20}user|without (asking|telling) the user|<\s*system\s*>/i],
  ['NET-RAW-IP', 'medium', 'hardcoded IP endpoint', /https?:\/\/\d{1,3}(\.\d{1,3}){3}(:\d+)?\//],
  ['REGISTRY', 'medium', 'package registry redirection', /registry\s*=\s*https?:|index-url\s*=|npm config set registry|pip config set/i],
];
const TEXT_EXT = new Set(['', '.md', '.sh', '.bash', '.zsh', '.py', '.js', '.mjs', '.cjs', '.ts', '.ps1', '.psm1', '.rb', '.go', '.json', '.yaml', '.yml', '.toml', '.txt', '.bat', '.cmd']);

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (TEXT_EXT.has(extname(e.name).toLowerCase()) && statSync(p).size < 2_000_000) out.push(p);
  }
  return out;
}

function vet(dir) {
  const findings = [];
  for (const f of walk(dir)) {
    const lines = readFileSync(f, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const [id, sev, desc, rx] of RULES) {
        if (rx.test(line)) findings.push({ id, sev, desc, file: relative(dir, f), line: i + 1, snippet: line.trim().slice(0, 160) });
      }
    });
    // hidden unicode
    const raw = lines.join('\n');
    if (/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/.test(raw)) findings.push({ id: 'UNICODE', sev: 'high', desc: 'invisible/bidi unicode characters', file: relative(dir, f), line: 0, snippet: '' });
    const comments = raw.match(/<!--[\s\S]*?-->/g) || [];
    for (const c of comments) if (c.split(/\s+/).length > 25) findings.push({ id: 'HIDDEN-MD', sev: 'medium', desc: 'long HTML comment in markdown (hidden from rendered view)', file: relative(dir, f), line: 0, snippet: c.slice(0, 120) });
  }
  const high = findings.filter(f => f.sev === 'high').length;
  return { dir, verdict: high ? 'review' : findings.length ? 'ok-with-notes' : 'ok', findings };
}

const args = process.argv.slice(2);
const json = args.includes('--json');
let dirs = args.filter(a => !a.startsWith('--'));
if (args.includes('--all')) {
  for (const root of [join(homedir(), '.openclaw', 'skills'), join(homedir(), '.openclaw', 'workspace', 'skills')]) {
    if (existsSync(root)) dirs.push(...readdirSync(root).map(d => join(root, d)).filter(d => statSync(d).isDirectory()));
  }
}
if (!dirs.length) { console.error('usage: vet.mjs <skill-dir>... | --all [--json]'); process.exit(64); }
const reports = dirs.map(vet);
if (json) console.log(JSON.stringify(reports, null, 2));
else for (const r of reports) {
  console.log(`\n== ${r.dir}  verdict: ${r.verdict}  (${r.findings.length} findings)`);
  for (const f of r.findings) console.log(`  [${f.sev.padEnd(6)}] ${f.id.padEnd(11)} ${f.file}:${f.line}  ${f.snippet}`);
}
