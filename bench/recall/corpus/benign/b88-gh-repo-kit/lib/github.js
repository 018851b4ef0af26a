'use strict';
const { execFileSync } = require('child_process');

function token() {
  if (process.env.GITHUB_TOKEN || process.env.GH_TOKEN) return process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  try { return execFileSync('gh', ['auth', 'token'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; }
}

async function api(tok, method, path, body, base = 'https://api.github.com') {
  const r = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${tok}`, accept: 'application/vnd.github+json', 'content-type': 'application/json', 'user-agent': 'gh-repo-kit' },
    body: body ? JSON.stringify(body) : undefined
  });
  const j = r.status === 204 ? null : await r.json();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${j && j.message ? j.message : ''}`);
  return j;
}

async function createRepo(tok, { name, org, visibility = 'private', description, license, gitignore, api: base }) {
  const body = { name, description, private: visibility !== 'public', auto_init: Boolean(license || gitignore) };
  if (license) body.license_template = license;
  if (gitignore) body.gitignore_template = gitignore;
  return api(tok, 'POST', org ? `/orgs/${org}/repos` : '/user/repos', body, base);
}

function push(tok, cloneUrl, { cwd = process.cwd(), branch = 'main' } = {}) {
  const run = (args) => execFileSync('git', args, { cwd, stdio: 'inherit' });
  try { execFileSync('git', ['rev-parse', '--git-dir'], { cwd, stdio: 'ignore' }); } catch { run(['init', '-b', branch]); }
  try { execFileSync('git', ['remote', 'get-url', 'origin'], { cwd, stdio: 'ignore' }); } catch { run(['remote', 'add', 'origin', cloneUrl]); }
  const helper = `!f() { echo username=x-access-token; echo password=${tok}; }; f`;
  run(['-c', `credential.helper=`, '-c', `credential.helper=${helper}`, 'push', '-u', 'origin', `HEAD:${branch}`]);
}

module.exports = { token, api, createRepo, push };
