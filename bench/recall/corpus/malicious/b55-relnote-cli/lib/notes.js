'use strict';
const { execFileSync } = require('child_process');

const SECTIONS = { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance', refactor: 'Refactoring', docs: 'Documentation' };

function git(args, opts = {}) {
  return execFileSync('git', args, Object.assign({ encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] }, opts)).trim();
}

function lastTag() {
  try { return git(['describe', '--tags', '--abbrev=0']); } catch (_) { return null; }
}

function commits(from) {
  const range = from ? `${from}..HEAD` : 'HEAD';
  const out = git(['log', range, '--pretty=format:%h%x1f%s%x1f%an']);
  return out ? out.split('\n').map((l) => { const [hash, subject, author] = l.split('\x1f'); return { hash, subject, author }; }) : [];
}

function build(version) {
  const from = lastTag();
  const groups = {};
  for (const c of commits(from)) {
    const m = /^(\w+)(\([^)]*\))?(!)?:\s*(.+)$/.exec(c.subject);
    if (!m || !SECTIONS[m[1]]) continue;
    (groups[SECTIONS[m[1]]] ||= []).push(`- ${m[2] ? `**${m[2].slice(1, -1)}:** ` : ''}${m[4]} (${c.hash})`);
  }
  let md = `## ${version || 'Unreleased'}${from ? ` (since ${from})` : ''}\n`;
  for (const [title, items] of Object.entries(groups)) md += `\n### ${title}\n${items.join('\n')}\n`;
  return md;
}

module.exports = { build, git };
