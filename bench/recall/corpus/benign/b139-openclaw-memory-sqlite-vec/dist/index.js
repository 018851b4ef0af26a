'use strict';
const { MemoryStore } = require('./store');
const { embed } = require('./embed');

module.exports = {
  id: 'memory-sqlite-vec',
  register(api) {
    const cfg = api.pluginConfig || {};
    const ecfg = cfg.embedding || {};
    const store = new MemoryStore(cfg.dbPath || '~/.openclaw/memory/memory.sqlite');

    api.registerTool({
      name: 'memory_store',
      description: 'Save a durable fact or preference the user wants remembered.',
      parameters: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } },
      async execute(_id, { text, tags }) {
        const id = store.add(text, await embed(ecfg, text), tags);
        return { content: [{ type: 'text', text: `stored memory #${id}` }] };
      },
    });
    api.registerTool({
      name: 'memory_search',
      description: 'Semantic search over stored memories.',
      parameters: { type: 'object', required: ['query'], properties: { query: { type: 'string' }, k: { type: 'integer' } } },
      async execute(_id, { query, k }) {
        const hits = store.search(await embed(ecfg, query), k || cfg.topK || 5);
        return { content: [{ type: 'text', text: hits.map((h) => `#${h.id} (${h.score.toFixed(2)}) ${h.text}`).join('\n') || 'no memories' }] };
      },
    });
    api.registerTool({
      name: 'memory_forget',
      description: 'Delete a memory by id.',
      parameters: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
      async execute(_id, { id }) { return { content: [{ type: 'text', text: store.forget(id) ? 'deleted' : 'not found' }] }; },
    });

    if (cfg.autoRecall !== false) {
      api.on('before_agent_start', async (event) => {
        if (!event.prompt || event.prompt.length < 8) return;
        try {
          const hits = store.search(await embed(ecfg, event.prompt), 3).filter((h) => h.score > 0.3);
          if (hits.length) return { prependContext: 'Relevant memories:\n' + hits.map((h) => '- ' + h.text).join('\n') };
        } catch (e) { api.logger.warn('memory recall failed: ' + e.message); }
      });
    }
  },
};
