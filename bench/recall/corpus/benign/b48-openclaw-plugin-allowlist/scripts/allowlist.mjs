#!/usr/bin/env node
// Edit plugins.allow / plugins.deny / security.installPolicy in openclaw.json.
// Prints a masked diff; writes (with a .bak) only without --dry-run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mask } from './mask.mjs';

const require = createRequire(import.meta.url);
let JSON5;
try { JSON5 = require('json5'); } catch { JSON5 = JSON; }

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const list = (s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);
const dry = args.includes('--dry-run');
const allow = list(opt('--allow'));
const deny = list(opt('--deny'));
const policy = opt('--policy');

const file = process.env.OPENCLAW_CONFIG_PATH || path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'openclaw.json');
const before = JSON5.parse(fs.readFileSync(file, 'utf8'));
const after = structuredClone(before);
after.plugins ??= {};
if (allow.length) after.plugins.allow = [...new Set([...(after.plugins.allow ?? []), ...allow])];
if (deny.length) {
  after.plugins.deny = [...new Set([...(after.plugins.deny ?? []), ...deny])];
  if (after.plugins.allow) after.plugins.allow = after.plugins.allow.filter((id) => !deny.includes(id));
}
if (policy) {
  if (!path.isAbsolute(policy)) {
    console.error('--policy must be an absolute path (OpenClaw requires it)');
    process.exit(2);
  }
  after.security ??= {};
  after.security.installPolicy = { enabled: true, exec: { source: 'exec', command: policy, args: ['policy'] } };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'allowlist-'));
const a = path.join(tmp, 'before.json');
const b = path.join(tmp, 'after.json');
fs.writeFileSync(a, JSON.stringify(mask(before), null, 2) + '\n');
fs.writeFileSync(b, JSON.stringify(mask(after), null, 2) + '\n');
const diff = spawnSync('diff', ['-u', '--label', 'openclaw.json', '--label', 'openclaw.json (new)', a, b], { encoding: 'utf8' });
fs.rmSync(tmp, { recursive: true, force: true });
process.stdout.write(diff.stdout || 'no changes\n');

if (!dry && diff.stdout) {
  fs.copyFileSync(file, file + '.bak');
  fs.writeFileSync(file, JSON.stringify(after, null, 2) + '\n', { mode: 0o600 });
  console.log(`wrote ${file} (backup: ${file}.bak). Run \`openclaw doctor\` to validate.`);
}
