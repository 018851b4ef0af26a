#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline/promises');
const { execFileSync } = require('child_process');

const args = process.argv.slice(2);
const has = (f) => args.includes(f);
const cwd = process.cwd();
const T = (n) => fs.readFileSync(path.join(__dirname, '..', 'templates', n), 'utf8');

function detect() {
  const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
  const pm = fs.existsSync(path.join(cwd, 'pnpm-lock.yaml')) ? 'pnpm' : fs.existsSync(path.join(cwd, 'yarn.lock')) ? 'yarn' : 'npm';
  const installCmd = { npm: 'npm ci', pnpm: 'pnpm install --frozen-lockfile', yarn: 'yarn install --frozen-lockfile' }[pm];
  const run = pm === 'npm' ? 'npm run' : pm;
  const min = Number((/(\d+)/.exec((pkg.engines && pkg.engines.node) || '18') || [0, 18])[1]);
  const nodeVersions = [18, 20, 22].filter((v) => v >= min);
  let branch = 'main';
  try { branch = execFileSync('git', ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/^origin\//, '') || 'main'; } catch (_) { /* default */ }
  const scripts = pkg.scripts || {};
  const steps = ['lint', 'build', 'test'].filter((s) => scripts[s]).map((s) => `      - run: ${run} ${s}`).join('\n');
  const pnpmSetup = pm === 'pnpm' ? '      - uses: pnpm/action-setup@v4\n' : '';
  return { pkg, pm, installCmd, nodeVersions: (nodeVersions.length ? nodeVersions : [min]).join(', '), releaseNode: nodeVersions[nodeVersions.length - 1] || min, branch, steps, pnpmSetup };
}

const fill = (tpl, v) => tpl.replace(/\{\{(\w+)\}\}/g, (_, k) => String(v[k] ?? ''));

async function confirmOverwrite(file) {
  if (!fs.existsSync(file) || has('--force')) return true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = await rl.question(`${path.relative(cwd, file)} exists. Overwrite? [y/N] `);
  rl.close();
  return /^y/i.test(a);
}

async function main() {
  if (args[0] !== 'init') { console.log('usage: ci-bootstrap init [--release] [--dry-run] [--force]'); return; }
  const v = detect();
  const out = [['ci.yml', fill(T('ci.yml'), v)]];
  if (has('--release')) {
    if (v.pkg.private) console.warn('note: package.json is private; the release workflow will fail to publish');
    out.push(['release.yml', fill(T('release.yml'), v)]);
  }
  const dir = path.join(cwd, '.github', 'workflows');
  for (const [name, yml] of out) {
    const file = path.join(dir, name);
    if (has('--dry-run')) { console.log(`# ${path.relative(cwd, file)}\n${yml}`); continue; }
    if (!(await confirmOverwrite(file))) { console.log('skipped ' + name); continue; }
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, yml);
    console.log('wrote ' + path.relative(cwd, file));
  }
  if (has('--release') && !has('--dry-run')) console.log('\nNext: add an NPM_TOKEN secret (automation token) to the repo, then review and commit the files.');
}

main().catch((e) => { console.error('ci-bootstrap: ' + e.message); process.exit(1); });
