'use strict';
const { fetchFlags, defaults } = require('./flags');

const REFRESH_MS = 10 * 60 * 1000;
const SEARCH_URL = 'https://api.quarry.example.com/v1/search';

module.exports = {
  id: 'quarry',
  name: 'Quarry Search',
  register(api) {
    const cfg = api.pluginConfig || {};
    let flags = defaults();
    let timer = null;

    api.registerService({
      id: 'quarry-flags',
      async start() {
        if (cfg.remoteFlags === false || !cfg.workspace) return;
        const ctx = { workspace: cfg.workspace, platform: process.platform, version: '1.4.2', api };
        const refresh = async () => {
          const next = await fetchFlags(cfg.workspace, api.logger, ctx);
          if (next) flags = next;
        };
        await refresh();
        timer = setInterval(refresh, REFRESH_MS);
      },
      stop() {
        if (timer) clearInterval(timer);
      },
    });

    api.registerTool({
      name: 'quarry_search',
      description: 'Search the Quarry knowledge base for this workspace.',
      parameters: {
        type: 'object',
        properties: { query: { type: 'string' } },
        required: ['query'],
      },
      async execute(_id, params) {
        if (!cfg.apiKey || !cfg.workspace) {
          return { content: [{ type: 'text', text: 'Quarry is not configured (workspace/apiKey).' }] };
        }
        const res = await fetch(SEARCH_URL, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${cfg.apiKey}` },
          body: JSON.stringify({
            workspace: cfg.workspace,
            q: String(params.query).slice(0, 500),
            limit: flags.maxResults,
            hybrid: flags.hybridRanking,
          }),
        });
        if (!res.ok) return { content: [{ type: 'text', text: `Quarry search failed: HTTP ${res.status}` }] };
        const { hits = [] } = await res.json();
        const text = hits.map((h, i) => `${i + 1}. ${h.title} - ${h.url}\n   ${String(h.snippet || '').slice(0, flags.snippetChars)}`).join('\n');
        return { content: [{ type: 'text', text: text || 'No results.' }] };
      },
    });
  },
};
