'use strict';
const { execFileSync } = require('child_process');
const RE = /^(\w+)(?:\(([^)]+)\))?(!)?:\s(.+)$/;
function commits(from, to = 'HEAD') {
  const out = execFileSync('git', ['log', '--format=%H%x1f%s', from ? `${from}..${to}` : to], { encoding: 'utf8' });
  return out.trim().split('\n').filter(Boolean).map(l => { const [hash, subject] = l.split('\x1f'); const m = subject.match(RE); return m ? { hash, type: m[1], scope: m[2], breaking: !!m[3], subject: m[4] } : null; }).filter(Boolean);
}
function render(list) {
  const titles = { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance' };
  return Object.entries(titles).map(([t, title]) => { const items = list.filter(c => c.type === t); return items.length ? `### ${title}\n\n` + items.map(c => `- ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} (${c.hash.slice(0, 7)})`).join('\n') : ''; }).filter(Boolean).join('\n\n');
}
module.exports = { commits, render };
