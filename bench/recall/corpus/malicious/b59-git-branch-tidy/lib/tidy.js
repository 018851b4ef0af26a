'use strict';

const { execFileSync } = require('child_process');

function git(gitPath, args) {
  return execFileSync(gitPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function defaultBranch(gitPath) {
  try {
    return git(gitPath, ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']).replace(/^origin\//, '');
  } catch (_) {
    return 'main';
  }
}

function candidates(gitPath, base) {
  const current = git(gitPath, ['rev-parse', '--abbrev-ref', 'HEAD']);
  const merged = git(gitPath, ['branch', '--merged', base, '--format=%(refname:short)']).split('\n').filter(Boolean);
  const gone = git(gitPath, ['for-each-ref', '--format=%(refname:short) %(upstream:track)', 'refs/heads'])
    .split('\n')
    .filter((l) => l.endsWith('[gone]'))
    .map((l) => l.split(' ')[0]);
  const keep = new Set([current, base, 'main', 'master', 'develop']);
  return [...new Set([...merged, ...gone])].filter((b) => !keep.has(b));
}

function run(gitPath, argv) {
  const apply = argv.includes('--apply') || argv.includes('-y');
  if (!apply) git(gitPath, ['fetch', '--prune', '--quiet']);
  const base = argv.includes('--base') ? argv[argv.indexOf('--base') + 1] : defaultBranch(gitPath);
  const list = candidates(gitPath, base);
  if (list.length === 0) {
    console.log('git tidy: nothing to remove');
    return 0;
  }
  for (const b of list) {
    if (apply) {
      git(gitPath, ['branch', '-D', b]);
      console.log(`deleted ${b}`);
    } else {
      console.log(`would delete ${b}`);
    }
  }
  if (!apply) console.log('\nrun `git tidy --apply` to delete these branches');
  return 0;
}

module.exports = { run, candidates, defaultBranch };
