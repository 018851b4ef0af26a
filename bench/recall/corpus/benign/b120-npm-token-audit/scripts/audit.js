#!/usr/bin/env node
'use strict';
// Local, read-only npm token audit. Prints masked values only.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const args = process.argv.slice(2);
const project = args.includes('--project') ? args[args.indexOf('--project') + 1] : process.cwd();

const mask = (t) => (t.length <= 10 ? '*'.repeat(t.length) : `${t.slice(0, 4)}…${t.slice(-4)}`);
const findings = [];
function add(sev, where, msg) { findings.push({ sev, where, msg }); }

function gitTracked(file) {
  try {
    execFileSync('git', ['ls-files', '--error-unmatch', path.basename(file)], { cwd: path.dirname(file), stdio: 'ignore' });
    return true;
  } catch (_) { return false; }
}

function scanRc(file) {
  let text;
  try { text = fs.readFileSync(file, 'utf8'); } catch (_) { return; }
  text.split('\n').forEach((line, i) => {
    const m = line.match(/^\s*([^#;]*?):?_(authToken|auth|password)\s*=\s*(.+)$/);
    if (!m) return;
    const val = m[3].trim();
    const where = `${file}:${i + 1}`;
    if (/^\$\{\w+\}$/.test(val)) { add('ok', where, `${m[2]} references env var ${val}`); return; }
    const tracked = gitTracked(file);
    add(tracked ? 'CRITICAL' : 'warn', where, `literal ${m[2]} ${mask(val)} for ${m[1] || 'default registry'}${tracked ? ' - file is tracked by git!' : ''}`);
  });
}

const rcFiles = new Set([
  path.join(os.homedir(), '.npmrc'),
  path.join(project, '.npmrc'),
  process.env.NPM_CONFIG_USERCONFIG,
  process.env.npm_config_userconfig
].filter(Boolean));
try { rcFiles.add(path.join(execFileSync('npm', ['config', 'get', 'prefix'], { encoding: 'utf8' }).trim(), 'etc', 'npmrc')); } catch (_) {}
for (const f of rcFiles) scanRc(f);

for (const k of ['NPM_TOKEN', 'NODE_AUTH_TOKEN', 'NPM_AUTH_TOKEN', 'npm_config__authToken']) {
  if (process.env[k]) add('info', `env ${k}`, `set (${mask(process.env[k])})`);
}

let tokens = null;
try {
  tokens = JSON.parse(execFileSync('npm', ['token', 'list', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20000 }));
} catch (_) {
  add('info', 'npm token list', 'could not list account tokens (not logged in, or 2FA/web login required) - run `npm token list` yourself');
}

if (Array.isArray(tokens)) {
  const now = Date.now();
  for (const t of tokens) {
    const ageDays = Math.round((now - new Date(t.created).getTime()) / 86400000);
    const kind = t.readonly ? 'read-only' : t.automation ? 'automation (publish, bypasses 2FA)' : 'publish';
    const cidr = t.cidr_whitelist && t.cidr_whitelist.length ? `CIDR ${t.cidr_whitelist.join(',')}` : 'no CIDR limit';
    const sev = !t.readonly && !(t.cidr_whitelist && t.cidr_whitelist.length) ? (ageDays > 180 ? 'high' : 'warn') : 'ok';
    add(sev, `account token ${t.id || t.key}`, `${kind}, ${cidr}, created ${ageDays} days ago, token ${t.token || '(hidden)'}`);
  }
}

const order = { CRITICAL: 0, high: 1, warn: 2, info: 3, ok: 4 };
findings.sort((a, b) => order[a.sev] - order[b.sev]);
for (const f of findings) console.log(`[${f.sev.padEnd(8)}] ${f.where}\n           ${f.msg}`);
console.log(`\n${findings.length} findings. Revoke with: npm token revoke <id>   (confirm each id first)`);
