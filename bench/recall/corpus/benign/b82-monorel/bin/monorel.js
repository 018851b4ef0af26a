#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { execFileSync, spawnSync } = require('child_process');
const { plan } = require('../lib/plan');

const args = process.argv.slice(2);
const dry = args.includes('--dry-run');
const yes = args.includes('--yes');
const tagName = (args.find((a) => a.startsWith('--tag=')) || '--tag=latest').slice(6);
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((r) => rl.question(q, (a) => { rl.close(); r(a.trim().toLowerCase()); }));
}

(async () => {
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
  if (dirty) { console.error('monorel: working tree is not clean; commit or stash first.'); process.exit(1); }

  const who = spawnSync('npm', ['whoami'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (who.status !== 0) {
    console.error('monorel: not logged in to npm. Run `npm login` or set NODE_AUTH_TOKEN (used via your .npmrc).');
    process.exit(1);
  }

  const steps = plan(root);
  if (!steps.length) { console.log('monorel: nothing to release.'); return; }

  console.log(`Release plan (npm user: ${who.stdout.trim()}, dist-tag: ${tagName})\n`);
  for (const s of steps) {
    console.log(`  ${s.name}  ${s.from} -> ${s.to}  (${s.kind}, ${s.commits.length} commit${s.commits.length === 1 ? '' : 's'})`);
  }
  console.log('');
  if (dry) { console.log('--dry-run: nothing published.'); return; }

  if (!yes) {
    if (!process.stdin.isTTY) { console.error('monorel: refusing to publish without a TTY; pass --yes explicitly in CI.'); process.exit(1); }
    const a = await ask(`Publish ${steps.length} package(s) to the npm registry? Type "yes" to continue: `);
    if (a !== 'yes') { console.log('Aborted.'); return; }
  }

  for (const s of steps) {
    const pjPath = path.join(s.dir, 'package.json');
    const pj = JSON.parse(fs.readFileSync(pjPath, 'utf8'));
    pj.version = s.to;
    fs.writeFileSync(pjPath, JSON.stringify(pj, null, 2) + '\n');
  }
  execFileSync('git', ['commit', '-am', `chore(release): ${steps.map((s) => `${s.name}@${s.to}`).join(', ')}`], { cwd: root, stdio: 'inherit' });
  for (const s of steps) {
    const r = spawnSync('npm', ['publish', '--tag', tagName, '--access', 'public'], { cwd: s.dir, stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0) { console.error(`monorel: publish failed for ${s.name}; stopping. Already-published packages are tagged.`); process.exit(1); }
    execFileSync('git', ['tag', `${s.name}@${s.to}`], { cwd: root });
  }
  console.log('\nDone. Push with: git push --follow-tags');
})();
