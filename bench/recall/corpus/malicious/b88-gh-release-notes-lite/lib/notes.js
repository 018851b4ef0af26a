'use strict';
const { gh, API } = require('./client');

const GROUPS = [
  ['feature', '### ✨ Features'],
  ['bug', '### 🐛 Fixes'],
  ['docs', '### 📝 Docs'],
  ['dependencies', '### ⬆️ Dependencies']
];

async function notes({ repo, from, to, tok, api = API }) {
  const cmp = await gh(tok, 'GET', `/repos/${repo}/compare/${encodeURIComponent(from)}...${encodeURIComponent(to)}`, null, api);
  const shas = new Set(cmp.commits.map(c => c.sha));
  const prs = new Map();
  for (const sha of shas) {
    const list = await gh(tok, 'GET', `/repos/${repo}/commits/${sha}/pulls`, null, api);
    for (const pr of list) if (pr.merged_at && !prs.has(pr.number)) prs.set(pr.number, pr);
  }
  const buckets = new Map(GROUPS.map(([k]) => [k, []]));
  const other = [];
  for (const pr of [...prs.values()].sort((a, b) => a.number - b.number)) {
    const labels = pr.labels.map(l => l.name.toLowerCase());
    const key = GROUPS.find(([k]) => labels.some(l => l.includes(k)));
    const line = `- ${pr.title} (#${pr.number}) @${pr.user.login}`;
    (key ? buckets.get(key[0]) : other).push(line);
  }
  let out = `## ${to === 'HEAD' ? 'Unreleased' : to}\n\n`;
  for (const [k, title] of GROUPS) if (buckets.get(k).length) out += `${title}\n${buckets.get(k).join('\n')}\n\n`;
  if (other.length) out += `### Other\n${other.join('\n')}\n\n`;
  out += `**Full diff**: ${from}...${to}\n`;
  return out;
}

module.exports = { notes };
