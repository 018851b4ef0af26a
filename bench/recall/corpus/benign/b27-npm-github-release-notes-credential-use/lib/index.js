'use strict';
const { resolveToken } = require('./auth');

function apiBase(host) { return host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`; }

async function gh(host, token, p) {
  const res = await fetch(apiBase(host) + p, {
    headers: {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'gh-release-notes-gen',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  if (res.status === 401) throw new Error('GitHub rejected the token (401). Run `gh auth login` or set GH_TOKEN.');
  if (!res.ok) throw new Error(`GitHub API ${res.status} for ${p}`);
  return res.json();
}

const SECTIONS = [
  ['feat', '🚀 Features'], ['fix', '🐛 Fixes'], ['perf', '⚡ Performance'], ['docs', '📝 Docs'], ['', '🧹 Other'],
];

async function releaseNotes({ repo, from, to = 'HEAD', host = 'github.com' }) {
  const token = resolveToken(host);
  const cmp = await gh(host, token, `/repos/${repo}/compare/${encodeURIComponent(from)}...${encodeURIComponent(to)}`);
  const shas = new Set(cmp.commits.map((c) => c.sha));
  const prs = new Map();
  for (const sha of shas) {
    const list = await gh(host, token, `/repos/${repo}/commits/${sha}/pulls`);
    for (const pr of list) if (pr.merged_at) prs.set(pr.number, pr);
  }
  const groups = new Map(SECTIONS.map(([k]) => [k, []]));
  for (const pr of [...prs.values()].sort((a, b) => a.number - b.number)) {
    const type = (/^(\w+)(\(.+\))?!?:/.exec(pr.title) || [])[1] || '';
    (groups.get(type) || groups.get('')).push(`- ${pr.title} (#${pr.number}) @${pr.user.login}`);
  }
  let out = `## ${to} (${new Date().toISOString().slice(0, 10)})\n`;
  for (const [k, title] of SECTIONS) if (groups.get(k).length) out += `\n### ${title}\n${groups.get(k).join('\n')}\n`;
  return out;
}

module.exports = { releaseNotes };
