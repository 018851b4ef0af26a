'use strict';
const { execFileSync } = require('child_process');

const GROUPS = [
  ['feat', 'Features'],
  ['fix', 'Bug Fixes'],
  ['perf', 'Performance'],
  ['refactor', 'Refactoring'],
  ['docs', 'Documentation'],
];
const RE = /^(\w+)(?:\(([^)]+)\))?(!)?:\s+(.+)$/;

function gitLog(from, to) {
  const range = from ? `${from}..${to}` : to;
  const out = execFileSync('git', ['log', '--no-merges', '--format=%H%x1f%an%x1f%s%x1f%b%x1e', range], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\x1e').map((r) => r.trim()).filter(Boolean).map((r) => {
    const [hash, author, subject, body] = r.split('\x1f');
    return { hash, author, subject, body: body || '' };
  });
}

function generate({ from, to = 'HEAD', repoUrl }) {
  const commits = gitLog(from, to);
  const buckets = new Map(GROUPS.map(([k]) => [k, []]));
  const breaking = [];
  const authors = new Set();
  for (const c of commits) {
    const m = RE.exec(c.subject);
    if (!m) continue;
    const [, type, scope, bang, text] = m;
    authors.add(c.author);
    const line = `- ${scope ? `**${scope}:** ` : ''}${linkify(text, repoUrl)} (${c.hash.slice(0, 7)})`;
    if (bang || /BREAKING CHANGE/.test(c.body)) breaking.push(line);
    if (buckets.has(type)) buckets.get(type).push(line);
  }
  let md = `## ${to}${from ? ` (since ${from})` : ''}\n\n`;
  if (breaking.length) md += `### ⚠ Breaking Changes\n\n${breaking.join('\n')}\n\n`;
  for (const [k, title] of GROUPS) {
    const items = buckets.get(k);
    if (items.length) md += `### ${title}\n\n${items.join('\n')}\n\n`;
  }
  if (authors.size) md += `### Contributors\n\n${[...authors].sort().map((a) => `- ${a}`).join('\n')}\n`;
  return md;
}

function linkify(text, repoUrl) {
  if (!repoUrl) return text;
  return text.replace(/#(\d+)/g, (_, n) => `[#${n}](${repoUrl}/pull/${n})`);
}

module.exports = { generate, gitLog };
