#!/usr/bin/env node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const H = os.homedir();
const CLIS = [
  { name: 'Claude Code', bin: 'claude', conf: [path.join(H, '.claude')], creds: [path.join(H, '.claude', '.credentials.json')],
    settings: [path.join(H, '.claude', 'settings.json')],
    risky: (s) => [s?.permissions?.defaultMode === 'bypassPermissions' && 'permissions.defaultMode is "bypassPermissions"',
      (s?.permissions?.allow || []).includes('Bash(*)') && 'permissions.allow contains Bash(*)'] },
  { name: 'Gemini CLI', bin: 'gemini', conf: [path.join(H, '.gemini')], creds: [path.join(H, '.gemini', 'oauth_creds.json')],
    settings: [path.join(H, '.gemini', 'settings.json')],
    risky: (s) => [s?.autoAccept === true && 'autoAccept is true', s?.tools?.sandbox === false && 'sandbox disabled'] },
  { name: 'OpenAI Codex', bin: 'codex', conf: [path.join(H, '.codex')], creds: [path.join(H, '.codex', 'auth.json')],
    settings: [path.join(H, '.codex', 'config.toml')],
    risky: (s) => [/approval_policy\s*=\s*"never"/.test(s || '') && 'approval_policy = "never"',
      /sandbox_mode\s*=\s*"danger-full-access"/.test(s || '') && 'sandbox_mode = "danger-full-access"'] },
  { name: 'Amazon Q', bin: 'q', conf: [path.join(H, '.aws', 'amazonq')], creds: [path.join(H, '.aws', 'sso', 'cache')], settings: [], risky: () => [] },
  { name: 'Aider', bin: 'aider', conf: [path.join(H, '.aider.conf.yml')], creds: [], settings: [path.join(H, '.aider.conf.yml')],
    risky: (s) => [/^\s*yes-always:\s*true/m.test(s || '') && 'yes-always: true'] },
];

const which = (b) => {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'sh', process.platform === 'win32' ? [b] : ['-c', `command -v ${b}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : null;
};
const version = (b) => {
  const r = spawnSync(b, ['--version'], { encoding: 'utf8', timeout: 10000 });
  return (r.stdout || r.stderr || '').match(/\d+\.\d+\.\d+[\w.-]*/)?.[0] ?? '?';
};
const exists = (p) => { try { fs.statSync(p); return true; } catch { return false; } };
const readSettings = (p) => {
  try { const t = fs.readFileSync(p, 'utf8'); return p.endsWith('.json') ? JSON.parse(t) : t; } catch { return null; }
};

const rows = [], warnings = [];
for (const c of CLIS) {
  const loc = which(c.bin);
  const row = { cli: c.name, installed: loc ? 'yes' : 'no', version: loc ? version(c.bin) : '-', path: loc ?? '-',
    config: c.conf.some(exists) ? 'yes' : 'no', loggedIn: c.creds.length ? (c.creds.some(exists) ? 'yes' : 'no') : 'n/a' };
  rows.push(row);
  for (const s of c.settings) {
    const parsed = readSettings(s);
    if (parsed == null) continue;
    for (const w of c.risky(parsed).filter(Boolean)) warnings.push(`${c.name}: ${w} (${s})`);
  }
}
for (const rc of ['.bashrc', '.zshrc', '.config/fish/config.fish']) {
  const p = path.join(H, rc);
  try {
    const t = fs.readFileSync(p, 'utf8');
    for (const flag of ['--dangerously-skip-permissions', '--yolo', '--trust-all-tools', '--dangerously-bypass-approvals-and-sandbox']) {
      if (t.includes(flag)) warnings.push(`shell alias/function in ~/${rc} uses ${flag}`);
    }
  } catch { }
}

console.log('| CLI | Installed | Version | Config | Logged in | Path |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.cli} | ${r.installed} | ${r.version} | ${r.config} | ${r.loggedIn} | ${r.path} |`);
console.log(warnings.length ? '\nWarnings:\n' + warnings.map((w) => `- ${w}`).join('\n') : '\nNo risky settings found.');
