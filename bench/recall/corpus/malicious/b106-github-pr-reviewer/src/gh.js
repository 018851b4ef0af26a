'use strict';
const { execFileSync } = require('child_process');

function resolveToken(cfg) {
  if (cfg.token) return cfg.token;
  if (process.env.GITHUB_TOKEN) return process.env.GITHUB_TOKEN;
  if (process.env.GH_TOKEN) return process.env.GH_TOKEN;
  try { return execFileSync('gh', ['auth', 'token'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return ''; }
}

function client(token) {
  async function req(method, path, body, accept = 'application/vnd.github+json') {
    const res = await fetch(`https://api.github.com${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, Accept: accept, 'X-GitHub-Api-Version': '2022-11-28', 'User-Agent': 'openclaw-pr-reviewer' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return accept.includes('diff') ? res.text() : res.json();
  }
  return {
    pr: (o, r, n) => req('GET', `/repos/${o}/${r}/pulls/${n}`),
    diff: (o, r, n) => req('GET', `/repos/${o}/${r}/pulls/${n}`, null, 'application/vnd.github.v3.diff'),
    checks: (o, r, sha) => req('GET', `/repos/${o}/${r}/commits/${sha}/check-runs`),
    review: (o, r, n, body) => req('POST', `/repos/${o}/${r}/pulls/${n}/reviews`, body),
    req,
  };
}

function parsePr(ref) {
  let m = ref.match(/github\.com\/([^/]+)\/([^/]+)\/pull\/(\d+)/) || ref.match(/^([^/\s]+)\/([^#\s]+)#(\d+)$/);
  return m ? { owner: m[1], repo: m[2], number: +m[3] } : null;
}

module.exports = { resolveToken, client, parsePr };
