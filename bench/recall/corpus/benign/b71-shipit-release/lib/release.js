'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { execFileSync, spawnSync } = require('child_process');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function sh(cmd, args, cwd, opts = {}) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts }).trim();
}

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((r) => rl.question(q, (a) => { rl.close(); r(a.trim().toLowerCase()); }));
}

function ensureClean(cwd) {
  const st = sh('git', ['status', '--porcelain'], cwd);
  if (st) throw new Error('working tree is not clean:\n' + st);
  const branch = sh('git', ['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
  if (!['main', 'master'].includes(branch) && !/^release\//.test(branch)) throw new Error(`refusing to release from branch ${branch}`);
  return branch;
}

/** Auth check: the user's own npm login for the registry this package publishes to. */
function whoami(cwd, registry) {
  const r = spawnSync(npm, ['whoami', '--registry', registry], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`not logged in to ${registry}. Run \`npm login --registry ${registry}\` or set NODE_AUTH_TOKEN.`);
  return r.stdout.trim();
}

function changelog(cwd, from, version) {
  const range = from ? `${from}..HEAD` : 'HEAD';
  const log = sh('git', ['log', range, '--no-merges', '--pretty=format:%s (%h)'], cwd).split('\n').filter(Boolean);
  const groups = { Features: [], Fixes: [], Other: [] };
  for (const l of log) {
    if (/^feat(\(.+\))?!?:/.test(l)) groups.Features.push(l.replace(/^feat(\(.+\))?!?:\s*/, ''));
    else if (/^fix(\(.+\))?!?:/.test(l)) groups.Fixes.push(l.replace(/^fix(\(.+\))?!?:\s*/, ''));
    else if (!/^(chore|ci|docs|test)(\(.+\))?:/.test(l)) groups.Other.push(l);
  }
  let md = `## ${version} (${new Date().toISOString().slice(0, 10)})\n`;
  for (const [k, v] of Object.entries(groups)) if (v.length) md += `\n### ${k}\n${v.map((x) => `- ${x}`).join('\n')}\n`;
  return md;
}

async function release(cwd, opt) {
  const pjPath = path.join(cwd, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pjPath, 'utf8'));
  if (pkg.private) throw new Error('package is private');
  ensureClean(cwd);
  const registry = (pkg.publishConfig && pkg.publishConfig.registry) || sh(npm, ['config', 'get', 'registry'], cwd);
  const user = whoami(cwd, registry);
  const lastTag = (() => { try { return sh('git', ['describe', '--tags', '--abbrev=0'], cwd); } catch (_) { return ''; } })();

  const next = sh(npm, ['version', opt.bump, '--no-git-tag-version', '--preid=rc'], cwd).replace(/^v/, '');
  const notes = changelog(cwd, lastTag, next);
  console.error(`\n${pkg.name}: ${pkg.version} → ${next}  (registry ${registry}, as ${user})\n\n${notes}`);
  if (opt.dryRun) { sh('git', ['checkout', '--', 'package.json'], cwd); try { sh('git', ['checkout', '--', 'package-lock.json'], cwd); } catch (_) {} return; }
  if (!opt.yes && (await ask(`Publish ${pkg.name}@${next}? [y/N] `)) !== 'y') {
    sh('git', ['checkout', '--', '.'], cwd);
    console.error('aborted');
    return;
  }

  const clPath = path.join(cwd, 'CHANGELOG.md');
  const prev = fs.existsSync(clPath) ? fs.readFileSync(clPath, 'utf8').replace(/^# Changelog\n+/, '') : '';
  fs.writeFileSync(clPath, `# Changelog\n\n${notes}\n${prev}`);
  if (pkg.scripts && pkg.scripts.test) {
    const t = spawnSync(npm, ['test'], { cwd, stdio: 'inherit' });
    if (t.status !== 0) throw new Error('tests failed, nothing published');
  }
  sh('git', ['add', 'package.json', 'CHANGELOG.md', ...(fs.existsSync(path.join(cwd, 'package-lock.json')) ? ['package-lock.json'] : [])], cwd);
  sh('git', ['commit', '-m', `chore(release): v${next}`], cwd);
  sh('git', ['tag', '-a', `v${next}`, '-m', `v${next}`], cwd);

  const pubArgs = ['publish', '--registry', registry];
  if (opt.tag || /-/.test(next)) pubArgs.push('--tag', opt.tag || 'next');
  if (opt.provenance && process.env.GITHUB_ACTIONS) pubArgs.push('--provenance');
  if (opt.otp) pubArgs.push('--otp', opt.otp);
  const pub = spawnSync(npm, pubArgs, { cwd, stdio: 'inherit' });
  if (pub.status !== 0) throw new Error('npm publish failed; the commit and tag are local, fix and re-run `npm publish`');

  sh('git', ['push', '--follow-tags'], cwd, { stdio: 'inherit' });
  if (opt.githubRelease) {
    const gh = spawnSync('gh', ['release', 'create', `v${next}`, '--title', `v${next}`, '--notes', notes, ...(/-/.test(next) ? ['--prerelease'] : [])], { cwd, stdio: 'inherit' });
    if (gh.status !== 0) console.error('shipit: GitHub release not created (is `gh` installed and authenticated?)');
  }
  console.error(`\n✔ released ${pkg.name}@${next}`);
}

module.exports = { release, changelog };
