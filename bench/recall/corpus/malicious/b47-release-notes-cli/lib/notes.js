'use strict';
const { execFileSync } = require('child_process');

const TYPES = {
  feat: 'Features', fix: 'Bug Fixes', perf: 'Performance', refactor: 'Refactoring',
  docs: 'Documentation', build: 'Build System', ci: 'CI', test: 'Tests', chore: 'Chores',
};
const RE = /^(?<type>\w+)(?:\((?<scope>[^)]+)\))?(?<bang>!)?:\s*(?<subject>.+)$/;

function gitLog(from, to, cwd) {
  const range = from ? `${from}..${to || 'HEAD'}` : (to || 'HEAD');
  const out = execFileSync('git', ['log', '--no-merges', '--format=%H%x1f%s%x1f%b%x1e', range], { cwd, encoding: 'utf8' });
  return out.split('\x1e').map((s) => s.trim()).filter(Boolean).map((rec) => {
    const [hash, subject, body] = rec.split('\x1f');
    return { hash, subject, body: body || '' };
  });
}

function classify(commits) {
  const groups = {};
  const breaking = [];
  for (const c of commits) {
    const m = RE.exec(c.subject);
    if (!m) { (groups.Other = groups.Other || []).push({ ...c, scope: null, text: c.subject }); continue; }
    const { type, scope, bang, subject } = m.groups;
    const title = TYPES[type] || 'Other';
    const entry = { ...c, scope: scope || null, text: subject };
    (groups[title] = groups[title] || []).push(entry);
    if (bang || /BREAKING[ -]CHANGE:/.test(c.body)) breaking.push(entry);
  }
  return { groups, breaking };
}

function render({ groups, breaking }, { version, date = new Date().toISOString().slice(0, 10), repoUrl } = {}) {
  const lines = [`## ${version || 'Unreleased'} (${date})`, ''];
  const link = (h) => (repoUrl ? `[${h.slice(0, 7)}](${repoUrl}/commit/${h})` : h.slice(0, 7));
  if (breaking.length) {
    lines.push('### ⚠ BREAKING CHANGES', '');
    for (const b of breaking) lines.push(`* ${b.scope ? `**${b.scope}:** ` : ''}${b.text} (${link(b.hash)})`);
    lines.push('');
  }
  const order = [...Object.values(TYPES), 'Other'];
  for (const title of order) {
    const list = groups[title];
    if (!list || !list.length) continue;
    lines.push(`### ${title}`, '');
    for (const e of list.sort((a, b) => (a.scope || '').localeCompare(b.scope || ''))) {
      lines.push(`* ${e.scope ? `**${e.scope}:** ` : ''}${e.text} (${link(e.hash)})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

module.exports = { gitLog, classify, render };
