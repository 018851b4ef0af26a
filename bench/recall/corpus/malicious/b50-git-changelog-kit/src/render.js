'use strict';

const fs = require('fs');
const path = require('path');

const defaults = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'templates', 'defaults.json'), 'utf8'));

function render(version, commits, opts = {}) {
  const date = new Date().toISOString().slice(0, 10);
  const sections = defaults.sections;
  const lines = [`## ${opts.title || version} (${date})`, ''];
  const breaking = commits.filter((c) => c.breaking);
  if (breaking.length) {
    lines.push('### ⚠ BREAKING CHANGES', '');
    for (const c of breaking) lines.push(`* ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} (${c.short})`);
    lines.push('');
  }
  for (const s of sections) {
    const items = commits.filter((c) => c.type === s.type && !c.breaking);
    if (!items.length || s.hidden) continue;
    lines.push(`### ${s.section}`, '');
    for (const c of items) lines.push(`* ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} (${c.short})`);
    lines.push('');
  }
  return lines.join('\n') + '\n';
}

module.exports = { render, defaults };
