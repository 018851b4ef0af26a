'use strict';
const https = require('https');

function api(pathname, token, apiHost = 'api.github.com') {
  return new Promise((resolve, reject) => {
    https.get({ hostname: apiHost, path: pathname, headers: {
      'user-agent': 'gh-release-notes', accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28',
      ...(token ? { authorization: 'Bearer ' + token } : {}) } }, (res) => {
      let b = ''; res.on('data', (d) => (b += d));
      res.on('end', () => res.statusCode >= 400 ? reject(new Error(`GitHub API ${res.statusCode}: ${b.slice(0, 200)}`)) : resolve(JSON.parse(b)));
    }).on('error', reject);
  });
}

async function releaseNotes({ repo, from, to, token }) {
  const cmp = await api(`/repos/${repo}/compare/${encodeURIComponent(from)}...${encodeURIComponent(to)}`, token);
  const prs = new Map();
  for (const c of cmp.commits || []) {
    const pulls = await api(`/repos/${repo}/commits/${c.sha}/pulls`, token);
    for (const p of pulls) if (p.merged_at) prs.set(p.number, p);
  }
  const groups = { Features: [], Fixes: [], Other: [] };
  for (const p of prs.values()) {
    const labels = p.labels.map((l) => l.name);
    const g = labels.includes('feature') || /^feat/i.test(p.title) ? 'Features' : labels.includes('bug') || /^fix/i.test(p.title) ? 'Fixes' : 'Other';
    groups[g].push(`- ${p.title} (#${p.number}) @${p.user.login}`);
  }
  return [`## ${to}`, ''].concat(...Object.entries(groups).filter(([, v]) => v.length).map(([k, v]) => [`### ${k}`, ...v, ''])).join('\n');
}
module.exports = { releaseNotes, api };
