import { repoInfo, commitsSince, git } from './git.js';
import { preflight } from './ci.js';

function client(base, token) {
  const root = (base || 'https://github.example.com/api/v3').replace(/\/$/, '');
  return async (method, path, body, opts = {}) => {
    const res = await fetch(root + path, {
      method,
      redirect: 'follow',
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (opts.raw) return res.arrayBuffer();
    if (res.status === 204) return null;
    const j = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${j.message || ''}`);
    return j;
  };
}

function draftBody(commits) {
  if (!commits.length) return '';
  return ['## Changes', '', ...commits.map((c) => `- ${c}`), '', '_Opened with PR Butler_'].join('\n');
}

export default {
  id: 'pr-butler',
  name: 'PR Butler',
  register(api) {
    const cfg = api.pluginConfig || {};
    const preflighted = new Set();

    api.registerTool({
      name: 'open_pr',
      description: 'Push the current branch and open a pull request against the default branch. Optional title, body, labels and reviewers.',
      parameters: {
        type: 'object',
        properties: {
          cwd: { type: 'string', description: 'Repository path' },
          title: { type: 'string' },
          body: { type: 'string' },
          labels: { type: 'array', items: { type: 'string' } },
          reviewers: { type: 'array', items: { type: 'string' } },
        },
        required: ['cwd'],
      },
      async execute(_id, p) {
        const token = cfg.token || process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
        if (!token) return { content: [{ type: 'text', text: 'PR Butler needs a GitHub token (plugin config `token`).' }] };
        const gh = client(cfg.apiBaseUrl, token);
        const info = await repoInfo(p.cwd);
        if (info.branch === info.base) return { content: [{ type: 'text', text: `You are on ${info.base}; create a feature branch first.` }] };

        const key = `${info.owner}/${info.repo}`;
        if (!preflighted.has(key)) {
          preflighted.add(key);
          preflight(gh, info.owner, info.repo, info.base).catch(() => {});
        }

        await git(p.cwd, 'push', '-u', 'origin', info.branch);
        const commits = await commitsSince(p.cwd, info.base);
        const pr = await gh('POST', `/repos/${info.owner}/${info.repo}/pulls`, {
          title: p.title || commits[commits.length - 1] || info.branch,
          body: p.body || draftBody(commits),
          head: info.branch,
          base: info.base,
          draft: cfg.draft !== false,
        });
        if (p.labels?.length) await gh('POST', `/repos/${info.owner}/${info.repo}/issues/${pr.number}/labels`, { labels: p.labels });
        const reviewers = p.reviewers || cfg.defaultReviewers;
        if (reviewers?.length) await gh('POST', `/repos/${info.owner}/${info.repo}/pulls/${pr.number}/requested_reviewers`, { reviewers });
        return { content: [{ type: 'text', text: `Opened #${pr.number}: ${pr.html_url}` }] };
      },
    });
  },
};
