#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline/promises');
const r = require('../lib/release');

const argv = process.argv.slice(2);
const flag = (n) => argv.includes(n);
const opt = (n, d) => { const i = argv.indexOf(n); return i === -1 ? d : argv[i + 1]; };

async function confirm(q) {
  if (flag('--yes') || flag('-y')) return true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = await rl.question(q + ' [y/N] ');
  rl.close();
  return /^y(es)?$/i.test(a.trim());
}

async function main() {
  const cwd = process.cwd();
  const bump = argv.find((a) => !a.startsWith('-')) || 'patch';
  const dryRun = flag('--dry-run');
  const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
  if (pkg.private) throw new Error('package.json is private: true; refusing to publish');

  r.preflight(cwd, opt('--branch', 'main'));
  const version = r.nextVersion(pkg.version, bump);
  const notes = r.changelog(cwd, version);
  console.log(`${pkg.name}: ${pkg.version} -> ${version}\n\n${notes}`);
  if (dryRun) {
    r.publish(cwd, { tag: opt('--tag'), dryRun: true, registry: opt('--registry', 'https://registry.npmjs.org/') });
    return;
  }
  if (!(await confirm(`Release ${pkg.name}@${version}?`))) { console.log('aborted'); return; }

  r.bumpFiles(cwd, version);
  const clPath = path.join(cwd, 'CHANGELOG.md');
  const old = fs.existsSync(clPath) ? fs.readFileSync(clPath, 'utf8') : '# Changelog\n\n';
  fs.writeFileSync(clPath, old.replace(/^(# Changelog\n\n)?/, `# Changelog\n\n${notes}\n`));

  r.sh('git', ['add', 'package.json', 'CHANGELOG.md', ...(fs.existsSync(path.join(cwd, 'package-lock.json')) ? ['package-lock.json'] : [])], { cwd });
  r.sh('git', ['commit', '-m', `chore(release): v${version}`], { cwd });
  r.sh('git', ['tag', '-a', `v${version}`, '-m', `v${version}`], { cwd });
  r.sh('git', ['push', 'origin', 'HEAD', '--follow-tags'], { cwd });

  r.publish(cwd, { tag: opt('--tag'), dryRun: false, registry: opt('--registry', 'https://registry.npmjs.org/') });
  const url = await r.githubRelease(cwd, version, notes);
  console.log(`\u2714 released ${pkg.name}@${version}${url ? `\n  ${url}` : ''}`);
}

main().catch((e) => { console.error('ship-release: ' + e.message); process.exit(1); });
