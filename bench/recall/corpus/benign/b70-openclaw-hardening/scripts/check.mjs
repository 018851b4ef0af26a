#!/usr/bin/env node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME ?? os.homedir(), '.openclaw');
}
const dir = stateDir();
const file = process.env.OPENCLAW_CONFIG_PATH ?? path.join(dir, 'openclaw.json');

// JSON5 subset: comments and trailing commas (what OpenClaw writes and users typically add).
function parseJson5(text) {
  const noComments = text.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, s) => s ?? '');
  return JSON.parse(noComments.replace(/,\s*([}\]])/g, '$1').replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":'));
}
const get = (o, p) => p.split('.').reduce((a, k) => (a == null ? undefined : a[k]), o);
function set(o, p, v) {
  const ks = p.split('.');
  let c = o;
  for (const k of ks.slice(0, -1)) c = c[k] ??= {};
  c[ks.at(-1)] = v;
}

const cfg = fs.existsSync(file) ? parseJson5(fs.readFileSync(file, 'utf8')) : {};

const CHECKS = [
  { id: 'plugins-allow-empty', bad: () => !(get(cfg, 'plugins.allow') ?? []).length, fix: null,
    note: 'choose trusted ids with the user, then: openclaw config set plugins.allow ...' },
  { id: 'install-policy-off', bad: () => get(cfg, 'security.installPolicy.enabled') !== true,
    fix: null, note: 'needs security.installPolicy.exec pointing at a policy command; set up with the user' },
  { id: 'exec-ask-off', bad: () => get(cfg, 'tools.exec.ask') === 'off', fix: () => set(cfg, 'tools.exec.ask', 'on-miss') },
  { id: 'exec-security-full', bad: () => get(cfg, 'tools.exec.security') === 'full', fix: () => set(cfg, 'tools.exec.security', 'allowlist') },
  { id: 'sandbox-off', bad: () => get(cfg, 'agents.defaults.sandbox.mode') === 'off', fix: () => set(cfg, 'agents.defaults.sandbox.mode', 'non-main') },
];

function modeIssues() {
  const issues = [];
  const mode = (p) => fs.statSync(p).mode & 0o777;
  if (fs.existsSync(dir) && mode(dir) & 0o077) issues.push({ path: dir, want: 0o700 });
  if (fs.existsSync(file) && mode(file) & 0o077) issues.push({ path: file, want: 0o600 });
  const cred = path.join(dir, 'credentials');
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) { if (mode(p) & 0o077) issues.push({ path: p, want: 0o700 }); walk(p); }
      else if (mode(p) & 0o077) issues.push({ path: p, want: 0o600 });
    }
  };
  if (fs.existsSync(cred)) walk(cred);
  return issues;
}

const args = process.argv.slice(2);
const fixId = args.includes('--fix') ? args[args.indexOf('--fix') + 1] : null;

if (fixId) {
  if (!args.includes('--yes-i-reviewed')) { console.error('refusing: pass --yes-i-reviewed after the user approved this fix'); process.exit(2); }
  if (fixId === 'state-dir-mode') {
    for (const i of modeIssues()) { fs.chmodSync(i.path, i.want); console.log(`chmod ${i.want.toString(8)} ${i.path}`); }
    process.exit(0);
  }
  const c = CHECKS.find((x) => x.id === fixId);
  if (!c || !c.fix) { console.error(`no automatic fix for ${fixId}: ${c?.note ?? 'unknown id'}`); process.exit(2); }
  const before = fs.readFileSync(file, 'utf8');
  const backup = `${file}.hardening-${Date.now()}.bak`;
  fs.writeFileSync(backup, before, { mode: 0o600 });
  c.fix();
  fs.writeFileSync(file, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
  console.log(`applied ${fixId}; backup: ${backup}`);
  process.exit(0);
}

const findings = CHECKS.filter((c) => c.bad()).map((c) => ({ id: c.id, autoFix: !!c.fix, note: c.note }));
const modes = modeIssues();
if (modes.length) findings.push({ id: 'state-dir-mode', autoFix: true, paths: modes.map((m) => m.path) });
let audit = null;
try {
  audit = JSON.parse(execFileSync('openclaw', ['security', 'audit', '--json'], { encoding: 'utf8', timeout: 60_000 }));
} catch { /* CLI not available */ }
console.log(JSON.stringify({ config: file, findings, audit: audit?.summary ?? null }, null, 2));
