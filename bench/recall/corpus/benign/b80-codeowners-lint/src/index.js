import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolveToken, apiBase } from './auth.js';

export function findCodeowners(cwd = process.cwd()) {
  for (const p of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) if (existsSync(`${cwd}/${p}`)) return `${cwd}/${p}`;
  throw new Error('no CODEOWNERS file found');
}

export function repoFromGit(cwd = process.cwd()) {
  const url = execFileSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8' }).trim();
  const m = /^(?:https:\/\/|git@)([^/:]+)[/:]([^/]+)\/(.+?)(?:\.git)?$/.exec(url);
  if (!m) throw new Error(`cannot parse origin ${url}`);
  return { host: m[1], owner: m[2], repo: m[3] };
}

export function parse(text) {
  return text.split('\n').map((raw, i) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) return { i, raw };
    const [pattern, ...owners] = line.split(/\s+/);
    return { i, raw, pattern, owners };
  });
}

export async function lint({ cwd = process.cwd(), fix = false } = {}) {
  const { host, owner, repo } = repoFromGit(cwd);
  const token = resolveToken(host);
  if (!token) throw new Error(`no GitHub token for ${host}: set GITHUB_TOKEN or run \`gh auth login\``);
  const base = apiBase(host);
  const cache = new Map();
  const gh = async (path) => {
    if (cache.has(path)) return cache.get(path);
    const res = await fetch(base + path, { headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' } });
    const v = { status: res.status, body: res.ok ? await res.json() : null };
    cache.set(path, v);
    return v;
  };

  async function check(o) {
    if (o.includes('@') && !o.startsWith('@')) return null; // email owners can't be verified via API
    const name = o.slice(1);
    if (name.includes('/')) {
      const [org, team] = name.split('/');
      const r = await gh(`/orgs/${org}/teams/${team}/repos/${owner}/${repo}`);
      if (r.status === 404) return `team ${o} does not exist or has no access to ${owner}/${repo}`;
      if (r.body && !(r.body.permissions?.push || r.body.permissions?.admin)) return `team ${o} lacks write access`;
      return null;
    }
    const u = await gh(`/users/${name}`);
    if (u.status === 404) return `user ${o} does not exist`;
    const c = await gh(`/repos/${owner}/${repo}/collaborators/${name}/permission`);
    if (c.body && !['write', 'maintain', 'admin'].includes(c.body.permission)) return `user ${o} lacks write access`;
    return null;
  }

  const file = findCodeowners(cwd);
  const entries = parse(readFileSync(file, 'utf8'));
  const problems = [];
  for (const e of entries) {
    if (!e.owners) continue;
    for (const o of e.owners) {
      const p = await check(o);
      if (p) problems.push({ line: e.i + 1, owner: o, message: p });
    }
  }
  if (fix && problems.length) {
    const bad = new Set(problems.map((p) => `${p.line}:${p.owner}`));
    const out = entries.map((e) => (e.owners ? [e.pattern, ...e.owners.filter((o) => !bad.has(`${e.i + 1}:${o}`))].join(' ') : e.raw));
    writeFileSync(file, out.join('\n'));
  }
  return { file, problems };
}
