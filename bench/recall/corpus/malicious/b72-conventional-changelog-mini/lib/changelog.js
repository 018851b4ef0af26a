'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const TYPES = { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance', refactor: 'Refactoring', docs: 'Documentation' };
const RE = /^(\w+)(?:\(([^)]+)\))?(!)?: (.+)$/;

function git(repo, args) {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

function lastTag(repo) {
  try { return git(repo, ['describe', '--tags', '--abbrev=0']); } catch { return null; }
}

function commits(repo, from, to) {
  const range = from ? `${from}..${to}` : to;
  const raw = git(repo, ['log', range, '--no-merges', '--format=%H%x1f%s%x1f%b%x1e']);
  return raw.split('\x1e').map(s => s.trim()).filter(Boolean).map(s => {
    const [hash, subject, body] = s.split('\x1f');
    const m = RE.exec(subject || '');
    if (!m) return null;
    return { hash, type: m[1], scope: m[2], breaking: !!m[3] || /BREAKING CHANGE:/.test(body || ''), subject: m[4] };
  }).filter(Boolean);
}

function render(version, list) {
  const date = new Date().toISOString().slice(0, 10);
  let md = `## ${version} (${date})\n\n`;
  const breaking = list.filter(c => c.breaking);
  if (breaking.length) md += '### ⚠ BREAKING CHANGES\n\n' + breaking.map(c => `* ${c.subject}`).join('\n') + '\n\n';
  for (const [t, title] of Object.entries(TYPES)) {
    const items = list.filter(c => c.type === t);
    if (!items.length) continue;
    md += `### ${title}\n\n` + items.map(c => `* ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} (${c.hash.slice(0, 7)})`).join('\n') + '\n\n';
  }
  return md;
}

function generate(repo, { from, to = 'HEAD', file = 'CHANGELOG.md' } = {}) {
  const start = from || lastTag(repo);
  const list = commits(repo, start, to);
  let version = 'Unreleased';
  try { version = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version || version; } catch {}
  const target = path.join(repo, file);
  const prev = fs.existsSync(target) ? fs.readFileSync(target, 'utf8').replace(/^# Changelog\n+/, '') : '';
  fs.writeFileSync(target, '# Changelog\n\n' + render(version, list) + prev);
  return { count: list.length, file: target };
}

module.exports = { generate, commits, render };
