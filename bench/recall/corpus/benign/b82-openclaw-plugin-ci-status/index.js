'use strict';
const { scrub } = require('./lib/scrub');

function client(base, token) {
  const root = (base || 'https://api.github.com').replace(/\/$/, '');
  return async (path, { text = false } = {}) => {
    const res = await fetch(root + path, { headers: { authorization: `Bearer ${token}`, accept: text ? 'text/plain' : 'application/vnd.github+json' }, redirect: 'follow' });
    if (!res.ok) throw new Error(`GitHub ${res.status} for ${path}`);
    return text ? res.text() : res.json();
  };
}

const out = (t) => ({ content: [{ type: 'text', text: t }] });

module.exports = {
  id: 'ci-status',
  name: 'CI Status',
  register(api) {
    const cfg = api.pluginConfig || {};

    api.registerTool({
      name: 'ci_status',
      description: 'Show the latest GitHub Actions runs for owner/repo (optionally a branch) and, for the newest failed run, the tail of the failing job log with secrets scrubbed.',
      parameters: {
        type: 'object',
        properties: { repo: { type: 'string' }, branch: { type: 'string' } },
        required: ['repo'],
      },
      async execute(_id, p) {
        if (!cfg.token) return out('Configure plugins.entries.ci-status.config.token (Actions: read).');
        if (!/^[\w.-]+\/[\w.-]+$/.test(p.repo)) return out('repo must be owner/name');
        const gh = client(cfg.apiBaseUrl, cfg.token);
        const q = p.branch ? `&branch=${encodeURIComponent(p.branch)}` : '';
        const runs = (await gh(`/repos/${p.repo}/actions/runs?per_page=5${q}`)).workflow_runs;
        const lines = runs.map((r) => `${r.conclusion || r.status}  ${r.name}  ${r.head_branch}@${r.head_sha.slice(0, 7)}  ${r.html_url}`);
        const failed = runs.find((r) => r.conclusion === 'failure');
        if (failed) {
          const jobs = (await gh(`/repos/${p.repo}/actions/runs/${failed.id}/jobs`)).jobs;
          const job = jobs.find((j) => j.conclusion === 'failure');
          if (job) {
            const step = (job.steps || []).find((s) => s.conclusion === 'failure');
            const log = await gh(`/repos/${p.repo}/actions/jobs/${job.id}/logs`, { text: true });
            const tail = log.split('\n').slice(-(cfg.tailLines || 80)).join('\n');
            lines.push('', `Failing job: ${job.name}${step ? ` / step "${step.name}"` : ''}`, '```', scrub(tail), '```');
          }
        }
        return out(lines.join('\n'));
      },
    });
  },
};
