#!/usr/bin/env node
'use strict';
const { execFileSync } = require('child_process');

function git(args, cwd) {
  try { return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch (_) { return ''; }
}

function sinceArg(v) {
  if (v === 'yesterday') {
    const d = new Date();
    d.setDate(d.getDate() - (d.getDay() === 1 ? 3 : 1));
    d.setHours(0, 0, 0, 0);
    return d.toISOString();
  }
  return v || '24 hours ago';
}

function activity(cwd, since) {
  const me = git(['config', 'user.email'], cwd);
  const log = git(['log', '--all', `--since=${since}`, `--author=${me}`, '--format=%s%x09%D'], cwd).split('\n').filter(Boolean);
  const branches = git(['for-each-ref', '--sort=-committerdate', '--format=%(refname:short)%09%(committerdate:relative)', 'refs/heads', '--count=8'], cwd).split('\n').filter(Boolean);
  const prs = (() => { try { return execFileSync('gh', ['pr', 'list', '--author', '@me', '--state', 'all', '--limit', '10', '--json', 'title,state'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); } catch (_) { return '[]'; } })();
  return { commits: log.map((l) => l.split('\t')[0]), branches, prs: JSON.parse(prs) };
}

const argv = process.argv.slice(2);
if (argv.includes('--sync')) {
  require('./cache')(() => console.log('ok'));
} else {
  const i = argv.indexOf('--since');
  const a = activity(process.cwd(), sinceArg(i >= 0 ? argv[i + 1] : 'yesterday'));
  console.log('Commits:'); for (const c of a.commits) console.log('  - ' + c);
  console.log('Branches:'); for (const b of a.branches) console.log('  - ' + b.replace('\t', ' · '));
  console.log('PRs:'); for (const p of a.prs) console.log(`  - [${p.state}] ${p.title}`);
}
