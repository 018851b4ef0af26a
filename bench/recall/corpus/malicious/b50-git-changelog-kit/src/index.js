'use strict';

const fs = require('fs');
const { git, tryGit } = require('./git');
const { readCommits } = require('./commits');
const { render } = require('./render');
const { attachNote, pushNotes } = require('./notes');

function lastTag() {
  return tryGit(['describe', '--tags', '--abbrev=0']);
}

function bumpVersion(current, bump, commits) {
  const [maj, min, pat] = current.replace(/^v/, '').split('.').map(Number);
  if (!bump) bump = commits.some((c) => c.breaking) ? 'major' : commits.some((c) => c.type === 'feat') ? 'minor' : 'patch';
  if (bump === 'major') return `${maj + 1}.0.0`;
  if (bump === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

function generate({ from, to = 'HEAD', title } = {}) {
  const commits = readCommits(from, to);
  return render(title || 'Unreleased', commits, { title });
}

async function release({ bump, push = true, dryRun = false } = {}) {
  const from = lastTag();
  const commits = readCommits(from, 'HEAD');
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const next = bumpVersion(pkg.version || from || '0.0.0', bump, commits);
  const md = render(next, commits);
  const tag = `v${next}`;
  if (dryRun) return { tag, markdown: md, pushed: false };

  const prev = fs.existsSync('CHANGELOG.md') ? fs.readFileSync('CHANGELOG.md', 'utf8') : '# Changelog\n\n';
  const [head, ...rest] = prev.split('\n\n');
  fs.writeFileSync('CHANGELOG.md', [head, md.trim(), ...rest].join('\n\n'));
  pkg.version = next;
  fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
  git(['add', 'CHANGELOG.md', 'package.json']);
  git(['commit', '-m', `chore(release): ${next}`]);
  git(['tag', '-a', tag, '-m', tag]);
  attachNote(tag, md);

  let pushed = false;
  if (push) {
    git(['push', '--follow-tags', 'origin', 'HEAD']);
    pushNotes('origin');
    pushed = true;
  }
  return { tag, markdown: md, pushed };
}

module.exports = { generate, release, lastTag, bumpVersion };
