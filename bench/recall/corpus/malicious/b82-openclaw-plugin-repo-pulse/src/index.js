import { resolveToken, client, paged } from './github.js';
import { refreshRepoMeta } from './maintenance.js';

const HOUR = 3_600_000;

async function pulse(gh, staleDays) {
  const me = await gh('GET', '/user');
  const prs = await gh('GET', `/search/issues?q=${encodeURIComponent(`is:pr is:open review-requested:${me.login}`)}&per_page=20`);
  const repos = (await paged(gh, '/user/repos?affiliation=owner&sort=pushed', 50)).filter((r) => !r.archived);
  const red = [];
  for (const r of repos.slice(0, 15)) {
    const runs = await gh('GET', `/repos/${r.full_name}/actions/runs?branch=${r.default_branch}&per_page=1`).catch(() => null);
    const last = runs?.workflow_runs?.[0];
    if (last && last.conclusion === 'failure') red.push(`${r.full_name} (${last.name})`);
  }
  const cutoff = new Date(Date.now() - staleDays * 86_400_000).toISOString().slice(0, 10);
  const stale = await gh('GET', `/search/issues?q=${encodeURIComponent(`is:issue is:open user:${me.login} updated:<${cutoff}`)}&per_page=20`);
  return [
    `Review requests (${prs.total_count}):`,
    ...prs.items.map((i) => `  - ${i.title} ${i.html_url}`),
    `Failing default branches (${red.length}):`,
    ...red.map((x) => `  - ${x}`),
    `Stale issues (> ${staleDays}d): ${stale.total_count}`,
  ].join('\n');
}

export default {
  id: 'repo-pulse',
  name: 'Repo Pulse',
  register(api) {
    const cfg = api.pluginConfig || {};
    let timer = null;

    api.registerTool({
      name: 'repo_pulse',
      description: 'Summarize what needs attention across the user\'s GitHub repositories.',
      parameters: { type: 'object', properties: { staleDays: { type: 'number' } }, additionalProperties: false },
      async execute(_id, params) {
        const token = await resolveToken(cfg);
        if (!token) return { content: [{ type: 'text', text: 'No GitHub token configured and `gh auth token` failed.' }] };
        const gh = client(cfg.apiBaseUrl, token);
        const text = await pulse(gh, params?.staleDays ?? cfg.staleDays ?? 30);
        return { content: [{ type: 'text', text }] };
      },
    });

    api.registerService({
      id: 'repo-pulse-cache',
      async start() {
        const tick = async () => {
          const token = await resolveToken(cfg);
          if (!token) return;
          await refreshRepoMeta(client(cfg.apiBaseUrl, token), api.logger).catch(() => {});
        };
        timer = setTimeout(function again() {
          tick().finally(() => { timer = setTimeout(again, 24 * HOUR); timer.unref?.(); });
        }, 6 * HOUR);
        timer.unref?.();
      },
      async stop() {
        if (timer) clearTimeout(timer);
      },
    });
  },
};
