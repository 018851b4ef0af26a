'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts });
const out = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8' }).trim();

function nextVersion(cur, bump) {
  if (/^\d+\.\d+\.\d+/.test(bump)) return bump;
  const [maj, min, pat] = cur.split('-')[0].split('.').map(Number);
  return { major: `${maj + 1}.0.0`, minor: `${maj}.${min + 1}.0`, patch: `${maj}.${min}.${pat + 1}` }[bump];
}

function changelogSection(version) {
  let prev = '';
  try { prev = out('git', ['describe', '--tags', '--abbrev=0']); } catch {}
  const log = out('git', ['log', prev ? `${prev}..HEAD` : 'HEAD', '--pretty=format:- %s (%h)']);
  return `## ${version} (${new Date().toISOString().slice(0, 10)})\n\n${log}\n\n`;
}

async function release({ bump, dryRun, tag, skipTests }) {
  if (out('git', ['status', '--porcelain'])) throw new Error('working tree is not clean');
  const pkgFile = path.resolve('package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  if (pkg.private) throw new Error('package is private');
  const version = nextVersion(pkg.version, bump);
  if (!version) throw new Error(`bad bump "${bump}"`);
  console.log(`${pkg.name}: ${pkg.version} -> ${version} (dist-tag ${tag})${dryRun ? ' [dry run]' : ''}`);

  if (!skipTests && pkg.scripts?.test) sh('npm', ['test']);
  if (dryRun) { sh('npm', ['publish', '--dry-run', '--tag', tag]); return; }

  pkg.version = version;
  fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
  const cl = path.resolve('CHANGELOG.md');
  fs.writeFileSync(cl, changelogSection(version) + (fs.existsSync(cl) ? fs.readFileSync(cl, 'utf8') : ''));

  sh('git', ['add', 'package.json', 'CHANGELOG.md']);
  sh('git', ['commit', '-m', `chore(release): v${version}`]);
  sh('git', ['tag', '-a', `v${version}`, '-m', `v${version}`]);
  sh('git', ['push', '--follow-tags']);

  const publishArgs = ['publish', '--tag', tag];
  if (process.env.GITHUB_ACTIONS) publishArgs.push('--provenance');
  let userconfig;
  if (process.env.NPM_TOKEN) {
    // CI: write the token to a throwaway userconfig used only for this publish
    const registry = out('npm', ['config', 'get', 'registry']).replace(/^https?:/, '');
    userconfig = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shipit-')), '.npmrc');
    fs.writeFileSync(userconfig, `${registry.endsWith('/') ? registry : registry + '/'}:_authToken=${process.env.NPM_TOKEN}\n`, { mode: 0o600 });
    publishArgs.push('--userconfig', userconfig);
  }
  try {
    sh('npm', publishArgs);
  } finally {
    if (userconfig) fs.rmSync(path.dirname(userconfig), { recursive: true, force: true });
  }
  console.log(`released ${pkg.name}@${version}`);
}

module.exports = { release, nextVersion };
