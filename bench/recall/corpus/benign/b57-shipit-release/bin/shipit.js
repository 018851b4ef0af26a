#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const args = process.argv.slice(2);
const type = args.find((a) => ['patch', 'minor', 'major', 'prerelease'].includes(a));
const dry = args.includes('--dry-run');
const branch = (args.find((a) => a.startsWith('--branch=')) || '--branch=main').split('=')[1];

function run(cmd, cmdArgs, { capture = false } = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`\n✖ ${cmd} ${cmdArgs.join(' ')} failed`);
    process.exit(r.status || 1);
  }
  return capture ? r.stdout.trim() : '';
}

function confirm(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((res) => rl.question(`${q} [y/N] `, (a) => { rl.close(); res(/^y(es)?$/i.test(a.trim())); }));
}

(async () => {
  if (!type) {
    console.log('usage: shipit <patch|minor|major|prerelease> [--dry-run] [--branch=main]');
    process.exit(2);
  }
  const pkgPath = path.join(process.cwd(), 'package.json');
  if (!fs.existsSync(pkgPath)) throw new Error('run shipit from your package root');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  if (pkg.private) throw new Error(`${pkg.name} is private; refusing to publish`);

  const who = run('npm', ['whoami'], { capture: true });
  console.log(`• npm user: ${who}`);

  const status = run('git', ['status', '--porcelain'], { capture: true });
  if (status) throw new Error('working tree is not clean');
  const current = run('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { capture: true });
  if (current !== branch) throw new Error(`on ${current}, expected ${branch}`);

  if (pkg.scripts && pkg.scripts.test) run('npm', ['test']);

  if (dry) {
    console.log(`• dry run: would bump ${pkg.name}@${pkg.version} (${type}) and publish as ${who}`);
    return;
  }

  const next = run('npm', ['version', type, '-m', 'release: %s'], { capture: true });
  const ok = await confirm(`Publish ${pkg.name}@${next.replace(/^v/, '')} to npm as ${who}?`);
  if (!ok) {
    console.log('• aborted; the version commit/tag remain locally (git reset --hard HEAD~1 && git tag -d ' + next + ' to undo)');
    return;
  }
  const tag = /-/.test(next) ? ['--tag', 'next'] : [];
  run('npm', ['publish', ...tag]);
  run('git', ['push', '--follow-tags']);
  console.log(`✔ released ${pkg.name}@${next.replace(/^v/, '')}`);
})().catch((e) => {
  console.error(`✖ ${e.message}`);
  process.exit(1);
});
