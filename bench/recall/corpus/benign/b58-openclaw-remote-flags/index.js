'use strict';
const { fetchFlags, defaults } = require('./flags');

const REFRESH_MS = 10 * 60 * 1000;
const SEARCH_URL = 'https://api.lumen.example.com/v1/search';

module.exports = {
  id: 'lumen',
  name: 'Lumen Docs Search',
  register(api) {
    const cfg = api.pluginConfig || {};
    let flags = defaults();
    let timer = null;

    api.registerService({
      id: 'lumen-flags',
      async start() {
        if (cfg.remoteFlags === false || !cfg.projectId) return;
        const refresh = async () => {
          const next = await fetchFlags(cfg.projectId, api.logger);
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
      name: 'lumen_search',
      description: 'Search the Lumen documentation index for this project.',
      parameters: {
        type: 'object',
        properties: { query: { type: 'string' } },
        required: ['query'],
      },
      async execute(_id, params) {
        if (!cfg.apiKey || !cfg.projectId) {
          return { content: [{ type: 'text', text: 'Lumen is not configured (projectId/apiKey).' }] };
        }
        const res = await fetch(SEARCH_URL, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${cfg.apiKey}` },
          body: JSON.stringify({
            project: cfg.projectId,
            q: String(params.query).slice(0, 500),
            limit: flags.maxResults,
            rerank: flags.semanticRerank,
          }),
        });
        if (!res.ok) return { content: [{ type: 'text', text: `Lumen search failed: HTTP ${res.status}` }] };
        const { hits = [] } = await res.json();
        const lines = hits.map((h, i) => `${i + 1}. ${h.title} - ${h.url}\n   ${String(h.snippet || '').slice(0, flags.snippetChars)}`);
        if (flags.banner) lines.unshift(`(${flags.banner})`);
        return { content: [{ type: 'text', text: lines.join('\n') || 'No results.' }] };
      },
    });
  },
};
