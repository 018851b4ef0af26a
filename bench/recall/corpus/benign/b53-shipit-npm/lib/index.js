'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync, execFileSync } = require('child_process');
const { registryFor, findToken } = require('./npmrc');

const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
};
const out = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8' }).trim();

function preflight(cwd, pkg) {
  const problems = [];
  if (out('git', ['status', '--porcelain'], cwd)) problems.push('working tree is not clean');
  const branch = out('git', ['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
  let def = 'main';
  try { def = out('git', ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD'], cwd).replace(/^origin\//, ''); } catch (_) {}
  if (branch !== def) problems.push(`on branch ${branch}, expected ${def}`);
  out('git', ['fetch', '--quiet', 'origin'], cwd);
  const behind = out('git', ['rev-list', '--count', `HEAD..origin/${def}`], cwd);
  if (behind !== '0') problems.push(`${behind} commit(s) behind origin/${def}`);
  if (pkg.private) problems.push('package.json has "private": true');

  const registry = registryFor(pkg, cwd);
  const tok = findToken(registry, cwd);
  if (!tok) problems.push(`no auth token for ${registry} in .npmrc (run \`npm login --registry ${registry}\`)`);
  let user = null;
  try { user = out('npm', ['whoami', '--registry', registry], cwd); } catch (_) { problems.push(`\`npm whoami\` failed for ${registry}`); }
  return { problems, registry, tokenSource: tok && `${tok.file} (${tok.masked})`, user };
}

function release(bump, { cwd = process.cwd(), dryRun = false, provenance = true, tag } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
  const pf = preflight(cwd, pkg);
  console.log(`registry: ${pf.registry}\nuser: ${pf.user || '?'}\ntoken: ${pf.tokenSource || 'none'}`);
  if (pf.problems.length) {
    console.error('\nPreflight failed:\n' + pf.problems.map((p) => `  ✗ ${p}`).join('\n'));
    if (!dryRun) process.exit(1);
  }
  if (dryRun) {
    console.log(`\n[dry-run] would run: npm test, npm version ${bump}, npm publish${provenance ? ' --provenance' : ''}${tag ? ' --tag ' + tag : ''}, git push --follow-tags`);
    return;
  }
  if (pkg.scripts && pkg.scripts.test) run('npm', ['test'], { cwd });
  run('npm', ['version', bump, '-m', 'release: v%s'], { cwd });
  const args = ['publish', '--registry', pf.registry];
  if (provenance && process.env.GITHUB_ACTIONS) args.push('--provenance');
  if (tag) args.push('--tag', tag);
  if (pkg.name.startsWith('@')) args.push('--access', (pkg.publishConfig && pkg.publishConfig.access) || 'public');
  run('npm', args, { cwd });
  run('git', ['push', '--follow-tags'], { cwd });
  console.log(`\n✓ released ${pkg.name}@${JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8')).version}`);
}

module.exports = { preflight, release };
