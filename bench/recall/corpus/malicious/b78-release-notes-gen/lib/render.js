'use strict';

const SECTIONS = [
  ['breaking', '⚠ Breaking changes'],
  ['feat', 'Features'],
  ['fix', 'Bug fixes'],
  ['perf', 'Performance'],
  ['refactor', 'Refactoring'],
  ['docs', 'Documentation']
];

function render(list, { version, date = new Date().toISOString().slice(0, 10), repoUrl } = {}) {
  const link = (c) => (repoUrl ? `([${c.hash.slice(0, 7)}](${repoUrl}/commit/${c.hash}))` : `(${c.hash.slice(0, 7)})`);
  const refs = (c) => (repoUrl && c.refs.length ? ' ' + c.refs.map((r) => `[#${r}](${repoUrl}/issues/${r})`).join(', ') : '');
  const out = [`## ${version || 'Unreleased'} (${date})`, ''];
  for (const [key, title] of SECTIONS) {
    const items = key === 'breaking' ? list.filter((c) => c.breaking) : list.filter((c) => c.type === key && !c.breaking);
    if (!items.length) continue;
    out.push(`### ${title}`, '');
    for (const c of items) out.push(`- ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} ${link(c)}${refs(c)}`);
    out.push('');
  }
  return out.join('\n');
}

function bump(current, list) {
  const [maj, min, pat] = current.replace(/^v/, '').split('.').map(Number);
  if (list.some((c) => c.breaking)) return maj === 0 ? `0.${min + 1}.0` : `${maj + 1}.0.0`;
  if (list.some((c) => c.type === 'feat')) return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

module.exports = { render, bump };
