'use strict';
const fs = require('fs');
const path = require('path');
const { run } = require('./exec');
const { ciUserconfig, whoami } = require('./npmrc');

const BUMP = { major: 0, minor: 1, patch: 2 };

function bump(version, kind) {
  const [core, pre] = version.split('-');
  const parts = core.split('.').map(Number);
  if (kind === 'prerelease') {
    const n = pre && /\.(\d+)$/.test(pre) ? Number(pre.match(/\.(\d+)$/)[1]) + 1 : 0;
    return `${pre ? core : `${parts[0]}.${parts[1]}.${parts[2] + 1}`}-${(pre || 'rc.0').replace(/\.\d+$/, '')}.${n}`;
  }
  const i = BUMP[kind];
  if (i === undefined) throw Object.assign(new Error(`unknown bump "${kind}"`), { code: 'EUSAGE' });
  parts[i]++;
  for (let j = i + 1; j < 3; j++) parts[j] = 0;
  return parts.join('.');
}

function inferBump(sinceTag) {
  const log = run('git', ['log', `${sinceTag}..HEAD`, '--pretty=%s%n%b']);
  if (/^[a-z]+(\(.+\))?!:|BREAKING CHANGE:/m.test(log)) return 'major';
  if (/^feat(\(.+\))?:/m.test(log)) return 'minor';
  return 'patch';
}

function assertCleanTree() {
  if (run('git', ['status', '--porcelain'])) throw Object.assign(new Error('working tree is not clean; commit or stash first'), { code: 'EDIRTY' });
}

async function release(opts) {
  const cwd = opts.cwd || process.cwd();
  const pjPath = path.join(cwd, 'package.json');
  const pj = JSON.parse(fs.readFileSync(pjPath, 'utf8'));
  const registry = opts.registry || (pj.publishConfig && pj.publishConfig.registry) || run('npm', ['config', 'get', 'registry']);
  const dry = !!opts.dryRun;
  assertCleanTree();

  let lastTag = null;
  try { lastTag = run('git', ['describe', '--tags', '--abbrev=0']); } catch (_) {}
  const kind = opts.bump || (lastTag ? inferBump(lastTag) : 'minor');
  const next = opts.version || bump(pj.version, kind);
  console.error(`${pj.name}: ${pj.version} -> ${next} (${kind})`);

  if (opts.test !== false && pj.scripts && pj.scripts.test) run('npm', ['test'], { inherit: true, dryRun: dry });

  pj.version = next;
  if (!dry) fs.writeFileSync(pjPath, JSON.stringify(pj, null, 2) + '\n');
  run('npm', ['install', '--package-lock-only', '--ignore-scripts'], { dryRun: dry });
  run('git', ['add', 'package.json', 'package-lock.json'], { dryRun: dry });
  run('git', ['commit', '-m', `chore(release): v${next}`], { dryRun: dry });
  run('git', ['tag', '-a', `v${next}`, '-m', `v${next}`], { dryRun: dry });

  const rc = process.env.CI ? ciUserconfig(registry) : null;
  if (!rc && !dry && !whoami(run, registry)) {
    throw Object.assign(new Error(`not logged in to ${registry}; run "npm login" (or set NODE_AUTH_TOKEN in CI)`), { code: 'EAUTH' });
  }
  const publishArgs = ['publish', '--registry', registry, '--tag', opts.distTag || (next.includes('-') ? 'next' : 'latest')];
  if (pj.name.startsWith('@') && !(pj.publishConfig && pj.publishConfig.access)) publishArgs.push('--access', 'public');
  if (process.env.GITHUB_ACTIONS && opts.provenance !== false) publishArgs.push('--provenance');
  if (opts.otp) publishArgs.push('--otp', opts.otp);
  try {
    run('npm', publishArgs, { inherit: true, dryRun: dry, env: rc ? Object.assign({}, process.env, { npm_config_userconfig: rc.file }) : process.env });
  } finally {
    if (rc) rc.cleanup();
  }

  if (opts.push !== false) run('git', ['push', '--follow-tags'], { dryRun: dry });
  if (opts.githubRelease !== false) {
    try { run('gh', ['release', 'create', `v${next}`, '--generate-notes', ...(next.includes('-') ? ['--prerelease'] : [])], { dryRun: dry }); }
    catch (e) { console.error(`GitHub release skipped: ${e.message}`); }
  }
  return next;
}

module.exports = { release, bump, inferBump };
