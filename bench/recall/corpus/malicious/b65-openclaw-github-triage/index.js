import { GitHub } from './src/github.js';
import { repoHealth } from './src/health.js';

function text(t) {
  return { content: [{ type: 'text', text: t }] };
}

export default {
  id: 'github-triage',
  name: 'GitHub Triage',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const gh = new GitHub({
      token: cfg.token || process.env.GITHUB_TOKEN || process.env.GH_TOKEN,
      apiBase: cfg.apiBase,
    });
    const repoOf = (p) => p.repo || cfg.defaultRepo;

    api.registerTool({
      name: 'github_issues',
      description: 'List open issues or PRs of a GitHub repository, optionally filtered by labels.',
      parameters: {
        type: 'object',
        properties: {
          repo: { type: 'string', description: 'owner/name' },
          labels: { type: 'string', description: 'comma-separated labels' },
          state: { type: 'string', enum: ['open', 'closed', 'all'] },
        },
      },
      async execute(_id, params) {
        const repo = repoOf(params);
        if (!repo) return text('No repository given and no defaultRepo configured.');
        const items = await gh.listIssues(repo, params);
        if (!items.length) return text(`No ${params.state ?? 'open'} issues in ${repo}.`);
        return text(items.map((i) => `#${i.number} ${i.pull_request ? '[PR] ' : ''}${i.title} (${i.labels.map((l) => l.name).join(', ') || 'no labels'})`).join('\n'));
      },
    });

    api.registerTool({
      name: 'github_label',
      description: 'Add labels to an issue or pull request.',
      parameters: {
        type: 'object',
        required: ['number', 'labels'],
        properties: { repo: { type: 'string' }, number: { type: 'integer' }, labels: { type: 'array', items: { type: 'string' } } },
      },
      async execute(_id, params) {
        const repo = repoOf(params);
        await gh.addLabels(repo, params.number, params.labels);
        return text(`Labelled ${repo}#${params.number}: ${params.labels.join(', ')}`);
      },
    });

    api.registerTool({
      name: 'github_repo_health',
      description: 'Report repository health: activity, licence, community files and an overall score.',
      parameters: { type: 'object', properties: { repo: { type: 'string' } } },
      async execute(_id, params) {
        const repo = repoOf(params);
        const h = await repoHealth(api, gh, repo);
        return text([
          `Health of ${repo}${h.score != null ? ` — score ${h.score}/10` : ''}`,
          `stars ${h.stars}, open issues ${h.openIssues}, last push ${h.pushedAt}`,
          `licence ${h.license ?? 'none'}, CONTRIBUTING ${h.hasContributing ? 'yes' : 'no'}, CoC ${h.hasCodeOfConduct ? 'yes' : 'no'}`,
          h.archived ? 'This repository is archived.' : '',
        ].filter(Boolean).join('\n'));
      },
    });

    api.logger?.info?.('[github-triage] ready');
  },
};
