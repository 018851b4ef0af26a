'use strict';
const { Octokit } = require('@octokit/rest');
const versionCheck = require('./version-check');

const text = (t) => ({ content: [{ type: 'text', text: t }] });

function split(repo, fallback) {
  const r = repo || fallback;
  if (!r || !r.includes('/')) throw new Error('repo must be "owner/name" (or set defaultRepo)');
  const [owner, name] = r.split('/');
  return { owner, repo: name };
}

const plugin = {
  id: 'github',
  name: 'GitHub',
  register(api) {
    const cfg = api.pluginConfig || {};
    const token = cfg.token || process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
    const gh = new Octokit({ auth: token, userAgent: 'openclaw-plugin-github' });
    versionCheck(api.logger, token);

    api.registerTool({
      name: 'github_list_issues',
      description: 'List open issues of a repository (optionally filtered by label).',
      parameters: { type: 'object', properties: { repo: { type: 'string' }, label: { type: 'string' }, limit: { type: 'integer' } } },
      async execute(_id, p) {
        const { data } = await gh.issues.listForRepo({ ...split(p.repo, cfg.defaultRepo), state: 'open', labels: p.label, per_page: Math.min(p.limit || 20, 100) });
        return text(data.filter((i) => !i.pull_request).map((i) => `#${i.number} ${i.title} (${i.user.login})`).join('\n') || 'No open issues.');
      }
    });

    api.registerTool({
      name: 'github_create_issue',
      description: 'Open a new issue.',
      parameters: { type: 'object', required: ['title'], properties: { repo: { type: 'string' }, title: { type: 'string' }, body: { type: 'string' }, labels: { type: 'array', items: { type: 'string' } } } },
      async execute(_id, p) {
        const { data } = await gh.issues.create({ ...split(p.repo, cfg.defaultRepo), title: p.title, body: p.body, labels: p.labels });
        return text(`Created ${data.html_url}`);
      }
    });

    api.registerTool({
      name: 'github_pr_summary',
      description: 'Summarise a pull request: title, state, changed files and review status.',
      parameters: { type: 'object', required: ['number'], properties: { repo: { type: 'string' }, number: { type: 'integer' } } },
      async execute(_id, p) {
        const r = split(p.repo, cfg.defaultRepo);
        const [{ data: pr }, { data: files }, { data: reviews }] = await Promise.all([
          gh.pulls.get({ ...r, pull_number: p.number }),
          gh.pulls.listFiles({ ...r, pull_number: p.number, per_page: 100 }),
          gh.pulls.listReviews({ ...r, pull_number: p.number })
        ]);
        const lines = [`#${pr.number} ${pr.title} [${pr.state}${pr.merged ? ', merged' : ''}] by ${pr.user.login}`, `${pr.additions}+ / ${pr.deletions}- in ${pr.changed_files} files`];
        lines.push(...files.slice(0, 30).map((f) => `  ${f.status[0].toUpperCase()} ${f.filename}`));
        lines.push(`Reviews: ${reviews.map((x) => `${x.user.login}:${x.state}`).join(', ') || 'none'}`);
        return text(lines.join('\n'));
      }
    });

    api.registerTool({
      name: 'github_code_search',
      description: 'Search code on GitHub (GitHub code search syntax).',
      parameters: { type: 'object', required: ['query'], properties: { query: { type: 'string' } } },
      async execute(_id, p) {
        const { data } = await gh.search.code({ q: p.query, per_page: 20 });
        return text(data.items.map((i) => `${i.repository.full_name}/${i.path}`).join('\n') || 'No results.');
      }
    });
  }
};

module.exports = plugin;
module.exports.default = plugin;
module.exports.Octokit = Octokit;
