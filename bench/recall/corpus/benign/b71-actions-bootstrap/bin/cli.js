#!/usr/bin/env node
'use strict';
// Writes workflow files into the git repository in the current directory, only the ones you pick.
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { execFileSync, spawnSync } = require('child_process');

const TEMPLATES = {
  ci: { file: '.github/workflows/ci.yml', tpl: 'node-ci.yml', desc: 'test on push/PR' },
  release: { file: '.github/workflows/release.yml', tpl: 'npm-release.yml', desc: 'npm publish on v* tags (needs secret NPM_TOKEN)' },
  dependabot: { file: '.github/dependabot.yml', tpl: 'dependabot.yml', desc: 'weekly dependency PRs' },
};

function git(args) { return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); }

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((r) => rl.question(q, (a) => { rl.close(); r(a.trim()); }));
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const dry = args.includes('--dry-run');
  let root;
  try { root = git(['rev-parse', '--show-toplevel']); } catch (_) { console.error('Run this inside a git repository.'); process.exit(2); }
  let branch = 'main';
  try { branch = git(['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']).replace(/^origin\//, ''); } catch (_) {}
  const pkg = (() => { try { return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')); } catch (_) { return {}; } })();
  const engines = (pkg.engines && pkg.engines.node) || '>=20';
  const nodes = /18/.test(engines) ? '18, 20, 22' : '20, 22, 24';

  let picked = args.filter((a) => TEMPLATES[a]);
  if (!picked.length) {
    for (const [k, t] of Object.entries(TEMPLATES)) console.log(`  ${k.padEnd(11)} ${t.file.padEnd(34)} ${t.desc}`);
    picked = (await ask('Which workflows? (comma separated, e.g. ci,dependabot): ')).split(',').map((s) => s.trim()).filter((k) => TEMPLATES[k]);
  }
  if (!picked.length) { console.log('Nothing selected.'); return; }

  for (const k of picked) {
    const t = TEMPLATES[k];
    const dst = path.join(root, t.file);
    let body = fs.readFileSync(path.join(__dirname, '..', 'templates', t.tpl), 'utf8')
      .replace('{{DEFAULT_BRANCH}}', branch).replace('{{NODE_VERSIONS}}', nodes).replace('{{WINDOWS}}', args.includes('--windows') ? ', windows-latest' : '');
    if (fs.existsSync(dst) && !force) { console.log(`skip ${t.file} (exists; use --force to overwrite)`); continue; }
    if (dry) { console.log(`--- ${t.file}\n${body}`); continue; }
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.writeFileSync(dst, body);
    console.log(`wrote ${t.file}`);
  }
  if (!dry && picked.includes('release')) {
    console.log('\nThe release workflow needs an npm automation token stored as the repository secret NPM_TOKEN.');
    if ((await ask('Set it now with `gh secret set NPM_TOKEN` (you will paste the token into gh)? [y/N] ')).toLowerCase() === 'y') {
      spawnSync('gh', ['secret', 'set', 'NPM_TOKEN'], { stdio: 'inherit', cwd: root });
    }
  }
  if (!dry) console.log('\nReview the files, then commit them yourself: git add .github && git commit -m "ci: add workflows"');
}
main();
