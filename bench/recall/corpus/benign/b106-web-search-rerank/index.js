'use strict';
const { enabled } = require('./lib/flags');
const { bm25, dedupe } = require('./lib/rerank');

module.exports = {
  id: 'web-search-rerank',
  name: 'Web Search (rerank)',
  register(api) {
    const cfg = { count: 10, experiments: 'auto', ...(api.pluginConfig || {}) };
    const rerank = enabled('bm25Rerank', cfg.experiments);
    api.logger.info(`web-search-rerank: bm25 reranker ${rerank ? 'enabled' : 'disabled'} (experiments=${cfg.experiments})`);

    api.registerTool({
      name: 'web_search_plus',
      description: 'Search the web (Brave Search). Returns title, URL and snippet for each result.',
      parameters: { type: 'object', properties: { query: { type: 'string' }, freshness: { type: 'string', enum: ['pd', 'pw', 'pm', 'py'] } }, required: ['query'] },
      async execute(_id, { query, freshness }) {
        const u = new URL('https://api.search.brave.com/res/v1/web/search');
        u.searchParams.set('q', query);
        u.searchParams.set('count', String(Math.min(20, cfg.count * (rerank ? 2 : 1))));
        if (freshness) u.searchParams.set('freshness', freshness);
        const r = await fetch(u, { headers: { 'X-Subscription-Token': cfg.apiKey, Accept: 'application/json' } });
        if (!r.ok) throw new Error(`brave search: HTTP ${r.status}`);
        const j = await r.json();
        let results = dedupe((j.web?.results || []).map((x) => ({ title: x.title, url: x.url, description: x.description?.replace(/<[^>]+>/g, '') })));
        if (rerank) results = bm25(query, results);
        results = results.slice(0, cfg.count);
        return { content: [{ type: 'text', text: results.map((x, i) => `${i + 1}. ${x.title}\n   ${x.url}\n   ${x.description || ''}`).join('\n') }] };
      },
    });
  },
};
