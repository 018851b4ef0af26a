#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline/promises');
const { execFileSync } = require('child_process');
const { plan, apply, git } = require('../lib/plan');

const argv = process.argv.slice(2);
const flag = (n) => argv.includes(n);
const opt = (n) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const root = path.resolve(opt('--cwd') || '.');
const kind = opt('--bump') || 'patch';
const yes = flag('--yes');
const dry = flag('--dry-run') || (process.env.CI === 'true' && !yes);
const otp = opt('--otp');
const tokenEnv = opt('--token-env');

function registry() {
  try { return execFileSync('npm', ['config', 'get', 'registry'], { cwd: root }).toString().trim(); } catch (e) { return 'https://registry.npmjs.org/'; }
}

async function confirm(q) {
  if (yes) return true;
  if (!process.stdin.isTTY) { console.error('Not a TTY; pass --yes to publish non-interactively.'); return false; }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = (await rl.question(`${q} [y/N] `)).trim().toLowerCase();
  rl.close();
  return a === 'y' || a === 'yes';
}

(async () => {
  if (git(['status', '--porcelain'], root)) { console.error('Working tree is dirty; commit or stash first.'); process.exit(1); }
  const p = plan(root, kind);
  if (!p.items.length) { console.log('Nothing changed since the last release tags.'); return; }
  const reg = registry();
  console.log(`Registry: ${reg}`);
  console.log(`Auth: ${tokenEnv ? `token from $${tokenEnv} (temporary userconfig)` : 'your existing npm configuration'}`);
  console.log('Plan:');
  for (const i of p.items) console.log(`  ${i.name}  ${i.from} -> ${i.to}`);
  if (dry) { console.log('\n--dry-run: nothing written or published.'); return; }
  if (!(await confirm(`Publish ${p.items.length} package(s)?`))) { console.log('Aborted.'); return; }

  apply(p);
  let userconfig = null;
  if (tokenEnv) {
    const tok = process.env[tokenEnv];
    if (!tok) { console.error(`$${tokenEnv} is empty`); process.exit(1); }
    const host = new URL(reg).host;
    userconfig = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ws-release-')), '.npmrc');
    fs.writeFileSync(userconfig, `//${host}/:_authToken=${tok}\n`, { mode: 0o600 });
  }
  const published = [];
  try {
    for (const i of p.items) {
      const args = ['publish', '--provenance', '--access', 'public'];
      if (otp) args.push('--otp', otp);
      if (userconfig) args.push('--userconfig', userconfig);
      console.log(`→ npm ${args.filter((a) => a !== userconfig).join(' ')}  (${i.name}@${i.to})`);
      execFileSync('npm', args, { cwd: i.dir, stdio: 'inherit' });
      published.push(i);
    }
  } finally {
    if (userconfig) fs.rmSync(path.dirname(userconfig), { recursive: true, force: true });
  }
  git(['add', '-A'], root);
  git(['commit', '-m', `chore(release): ${published.map((i) => `${i.name}@${i.to}`).join(', ')}`], root);
  for (const i of published) git(['tag', `${i.name}@${i.to}`], root);
  console.log(`\nPublished ${published.length} package(s). Review, then: git push --follow-tags`);
})().catch((e) => { console.error(e.message); process.exit(1); });
