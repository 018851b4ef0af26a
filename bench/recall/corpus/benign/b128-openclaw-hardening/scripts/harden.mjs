#!/usr/bin/env node
// Audit / plan / apply a hardening profile to ~/.openclaw/openclaw.json. Stricter-only, always confirms.
import { readFileSync, writeFileSync, copyFileSync, existsSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';

const CFG = process.env.OPENCLAW_CONFIG_PATH || join(homedir(), '.openclaw', 'openclaw.json');

// Ordered weakest -> strongest for each checked setting.
const LADDERS = {
  'tools.exec.security': ['full', 'allowlist', 'deny'],
  'tools.exec.ask': ['off', 'on-miss', 'always'],
  'agents.defaults.sandbox.mode': ['off', 'non-main', 'all'],
  'gateway.bind': ['lan', 'tailnet', 'loopback'],
  'channels.defaults.dmPolicy': ['open', 'allowlist', 'pairing'],
  'logging.redactSensitive': ['off', 'tools'],
  'tools.elevated.enabled': [true, false],
};
const WHY = {
  'tools.exec.security': 'controls which shell commands may run at all',
  'tools.exec.ask': 'whether you are asked before unknown commands run',
  'agents.defaults.sandbox.mode': 'isolates tool execution in a container',
  'gateway.bind': 'who on the network can reach the gateway',
  'channels.defaults.dmPolicy': 'who can start a DM conversation with the agent',
  'logging.redactSensitive': 'masks secrets in logs',
  'tools.elevated.enabled': 'host-level commands that bypass the sandbox',
};

const stripJson5 = (t) => t.replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1');
const load = () => (existsSync(CFG) ? JSON.parse(stripJson5(readFileSync(CFG, 'utf8')) || '{}') : {});
const get = (o, p) => p.split('.').reduce((a, k) => (a == null ? undefined : a[k]), o);

function merge(base, patch) {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$')) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && typeof out[k] === 'object' ? merge(out[k] || {}, v) : v;
  }
  return out;
}

function flatten(o, pre = '', acc = {}) {
  for (const [k, v] of Object.entries(o || {})) {
    const p = pre ? `${pre}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, p, acc);
    else acc[p] = v;
  }
  return acc;
}

const SECRET_KEY = /token|secret|password|apikey|api_key|key$/i;
const show = (p, v) => (SECRET_KEY.test(p) && typeof v === 'string' ? (v ? '<set>' : '<empty>') : JSON.stringify(v));

function diff(before, after) {
  const a = flatten(before), b = flatten(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `  ${k}: ${show(k, a[k])} -> ${show(k, b[k])}`);
}

function weakenings(before, after) {
  const bad = [];
  for (const [p, ladder] of Object.entries(LADDERS)) {
    const x = ladder.indexOf(get(before, p)), y = ladder.indexOf(get(after, p));
    if (x > -1 && y > -1 && y < x) bad.push(`${p}: ${get(before, p)} -> ${get(after, p)}`);
  }
  return bad;
}

const [cmd = 'audit', ...rest] = process.argv.slice(2);
const profPath = rest[rest.indexOf('--profile') + 1];
const cfg = load();

if (cmd === 'audit') {
  const target = JSON.parse(readFileSync(profPath || new URL('../profiles/balanced.json', import.meta.url), 'utf8'));
  let n = 0;
  for (const [p, ladder] of Object.entries(LADDERS)) {
    const cur = get(cfg, p), want = get(target, p);
    if (want === undefined) continue;
    if (ladder.indexOf(cur) < ladder.indexOf(want)) {
      n++;
      console.log(`WEAK  ${p} = ${JSON.stringify(cur ?? '(default)')}  (profile: ${JSON.stringify(want)}) - ${WHY[p]}`);
    }
  }
  const tok = get(cfg, 'gateway.auth.token');
  console.log(`info  gateway auth token ${tok ? 'is set' : 'is NOT set'}`);
  console.log(n ? `${n} setting(s) weaker than the profile` : 'config meets the profile');
} else if (cmd === 'plan' || cmd === 'apply') {
  if (!profPath) { console.error('--profile is required'); process.exit(1); }
  const profile = JSON.parse(readFileSync(profPath, 'utf8'));
  const next = merge(cfg, profile);
  const bad = weakenings(cfg, next);
  if (bad.length) { console.error('refusing: profile would loosen\n  ' + bad.join('\n  ')); process.exit(3); }
  const lines = diff(cfg, next);
  if (!lines.length) { console.log('nothing to change'); process.exit(0); }
  console.log(`Changes for ${CFG} (profile ${profile.$profile}):\n${lines.join('\n')}`);
  if (cmd === 'plan') process.exit(0);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ans = (await rl.question('Apply these changes? [y/N] ')).trim().toLowerCase();
  rl.close();
  if (ans !== 'y' && ans !== 'yes') { console.log('aborted'); process.exit(1); }
  if (existsSync(CFG)) {
    const bak = `${CFG}.bak-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    copyFileSync(CFG, bak);
    console.log(`backup: ${bak}`);
  }
  writeFileSync(`${CFG}.tmp`, JSON.stringify(next, null, 2) + '\n', { mode: 0o600 });
  renameSync(`${CFG}.tmp`, CFG);
  console.log('applied. Restart with: openclaw gateway restart');
} else {
  console.error('usage: harden.mjs audit|plan|apply [--profile file]');
  process.exit(1);
}
