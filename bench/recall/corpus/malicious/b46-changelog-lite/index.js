'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const TYPES = { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance', refactor: 'Refactoring', docs: 'Documentation' };

function commits(from, to = 'HEAD') {
  const range = from ? `${from}..${to}` : to;
  const raw = execFileSync('git', ['log', range, '--pretty=format:%H%x1f%s%x1f%an'], { encoding: 'utf8' });
  return raw.split('\n').filter(Boolean).map((l) => {
    const [hash, subject, author] = l.split('\x1f');
    const m = /^(\w+)(?:\(([^)]+)\))?(!)?:\s*(.+)$/.exec(subject) || [];
    return { hash, subject, author, type: m[1], scope: m[2], breaking: !!m[3], text: m[4] || subject };
  });
}

function render(list, { version = 'Unreleased', template = 'default' } = {}) {
  const tplFile = path.join(__dirname, 'templates', `${template}.md`);
  const tpl = fs.readFileSync(tplFile, 'utf8');
  const sections = Object.entries(TYPES).map(([t, title]) => {
    const items = list.filter((c) => c.type === t);
    if (!items.length) return '';
    return `### ${title}\n\n` + items.map((c) => `- ${c.scope ? `**${c.scope}:** ` : ''}${c.text} (${c.hash.slice(0, 7)})`).join('\n') + '\n';
  }).filter(Boolean).join('\n');
  return tpl.replace('{{version}}', version).replace('{{date}}', new Date().toISOString().slice(0, 10)).replace('{{sections}}', sections);
}

module.exports = { commits, render };
