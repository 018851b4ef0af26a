'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');

function sectionFromChangelog(tag, file = 'CHANGELOG.md') {
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8');
  const version = tag.replace(/^v/, '');
  const re = new RegExp(`^##\\s*\\[?v?${version.replace(/\./g, '\\.')}\\]?.*$`, 'm');
  const m = re.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  const end = rest.search(/^##\s/m);
  return (end === -1 ? rest : rest.slice(0, end)).trim();
}

function fromGitLog(tag) {
  let prev = '';
  try { prev = execFileSync('git', ['describe', '--tags', '--abbrev=0', `${tag}^`], { encoding: 'utf8' }).trim(); } catch (_) {}
  const range = prev ? `${prev}..${tag}` : tag;
  return execFileSync('git', ['log', range, '--no-merges', '--format=- %s'], { encoding: 'utf8' }).trim();
}

function releaseNotes(tag) {
  return sectionFromChangelog(tag) || fromGitLog(tag);
}

function toHtml(md) {
  const esc = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c]));
  return md.split('\n').map((l) => {
    if (/^###\s/.test(l)) return `<h3>${esc(l.slice(4))}</h3>`;
    if (/^[-*]\s/.test(l)) return `<li>${esc(l.slice(2)).replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')}</li>`;
    return l.trim() ? `<p>${esc(l)}</p>` : '';
  }).join('\n');
}

module.exports = { releaseNotes, toHtml };
