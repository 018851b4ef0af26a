'use strict';
const { execFileSync } = require('child_process');

const TYPES = { feat: 'Features', fix: 'Bug fixes', perf: 'Performance', refactor: 'Refactoring', docs: 'Documentation', deps: 'Dependencies' };
const RE = /^(\w+)(?:\(([^)]+)\))?(!)?:\s+(.+)$/;

function commits(from, to = 'HEAD', cwd = process.cwd()) {
  const range = from ? `${from}..${to}` : to;
  const out = execFileSync('git', ['log', '--format=%H%x1f%s%x1f%b%x1e', range], { cwd }).toString();
  return out.split('\x1e').map((c) => c.trim()).filter(Boolean).map((c) => {
    const [hash, subject, body] = c.split('\x1f');
    return { hash, subject, body: body || '' };
  });
}

function parse(c) {
  const m = RE.exec(c.subject);
  if (!m) return null;
  const breaking = Boolean(m[3]) || /BREAKING CHANGE:/.test(c.body);
  return { type: m[1], scope: m[2] || null, breaking, text: m[4], hash: c.hash.slice(0, 7), prs: [...c.subject.matchAll(/#(\d+)/g)].map((x) => x[1]) };
}

function render(list, { repoUrl, title } = {}) {
  const parsed = list.map(parse).filter(Boolean);
  const out = [];
  if (title) out.push(`## ${title}`, '');
  const breaking = parsed.filter((p) => p.breaking);
  if (breaking.length) {
    out.push('### ⚠ Breaking changes', '');
    for (const p of breaking) out.push(`- ${p.scope ? `**${p.scope}:** ` : ''}${p.text}`);
    out.push('');
  }
  for (const [type, heading] of Object.entries(TYPES)) {
    const items = parsed.filter((p) => p.type === type);
    if (!items.length) continue;
    out.push(`### ${heading}`, '');
    for (const p of items) {
      const link = repoUrl ? ` ([${p.hash}](${repoUrl}/commit/${p.hash}))` : ` (${p.hash})`;
      out.push(`- ${p.scope ? `**${p.scope}:** ` : ''}${p.text}${link}`);
    }
    out.push('');
  }
  return out.join('\n').trim() + '\n';
}

module.exports = { commits, parse, render };
