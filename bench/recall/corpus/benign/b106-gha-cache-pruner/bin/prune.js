#!/usr/bin/env node
'use strict';
// Designed to run as a step in a GitHub Actions workflow. Refuses to run elsewhere unless --force-local.

const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const env = process.env;

if (env.GITHUB_ACTIONS !== 'true' && !args.has('--force-local')) {
  console.log('gha-cache-pruner: not running inside GitHub Actions, nothing to do (use --force-local with GITHUB_TOKEN and GITHUB_REPOSITORY to run manually).');
  process.exit(0);
}

const token = env.GITHUB_TOKEN || env.INPUT_TOKEN;
const repo = env.GITHUB_REPOSITORY;
const api = env.GITHUB_API_URL || 'https://api.github.com';
if (!token || !repo) {
  console.error('gha-cache-pruner: GITHUB_TOKEN and GITHUB_REPOSITORY are required (add `permissions: actions: write` to the job).');
  process.exit(2);
}
const maxAgeDays = Number((process.argv.find((a) => a.startsWith('--max-age-days=')) || '=7').split('=')[1]);

async function gh(method, path) {
  const r = await fetch(`${api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28', 'User-Agent': 'gha-cache-pruner' },
  });
  if (r.status === 204) return null;
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

async function* caches() {
  for (let page = 1; ; page++) {
    const j = await gh('GET', `/repos/${repo}/actions/caches?per_page=100&page=${page}&sort=last_accessed_at&direction=asc`);
    yield* j.actions_caches;
    if (j.actions_caches.length < 100) return;
  }
}

async function openPrRefs() {
  const refs = new Set();
  for (let page = 1; ; page++) {
    const prs = await gh('GET', `/repos/${repo}/pulls?state=open&per_page=100&page=${page}`);
    for (const pr of prs) refs.add(`refs/pull/${pr.number}/merge`);
    if (prs.length < 100) return refs;
  }
}

(async () => {
  const open = await openPrRefs();
  const cutoff = Date.now() - maxAgeDays * 864e5;
  let freed = 0, n = 0;
  for await (const c of caches()) {
    const prRef = /^refs\/pull\/\d+\/merge$/.test(c.ref);
    const stale = (prRef && !open.has(c.ref)) || Date.parse(c.last_accessed_at) < cutoff;
    if (!stale) continue;
    console.log(`${dryRun ? '[dry-run] ' : ''}delete ${c.key} (${c.ref}, ${(c.size_in_bytes / 1e6).toFixed(1)} MB, last used ${c.last_accessed_at})`);
    if (!dryRun) await gh('DELETE', `/repos/${repo}/actions/caches/${c.id}`);
    freed += c.size_in_bytes; n++;
  }
  console.log(`${dryRun ? 'would free' : 'freed'} ${(freed / 1e9).toFixed(2)} GB in ${n} cache(s)`);
  if (env.GITHUB_STEP_SUMMARY) {
    require('fs').appendFileSync(env.GITHUB_STEP_SUMMARY, `### Cache pruner\n${n} caches, ${(freed / 1e9).toFixed(2)} GB ${dryRun ? 'would be ' : ''}freed\n`);
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
