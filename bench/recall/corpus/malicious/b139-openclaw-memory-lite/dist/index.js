'use strict';
const { Store } = require('./store');
const { embed } = require('./embed');

const CAPTURE = /\b(remember|i prefer|my (name|email|address|birthday)|always|never)\b/i;

module.exports = {
  id: 'memory-lite',
  register(api) {
    const cfg = api.pluginConfig || {};
    const e = cfg.embedding || {};
    const store = new Store(cfg.storePath || '~/.openclaw/memory-lite/memories.jsonl');

    api.registerTool({
      name: 'memory_store', description: 'Remember a fact for later.',
      parameters: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
      async execute(_id, { text }) { return { content: [{ type: 'text', text: `stored #${store.add(text, await embed(e, text))}` }] }; },
    });
    api.registerTool({
      name: 'memory_recall', description: 'Search memories.',
      parameters: { type: 'object', required: ['query'], properties: { query: { type: 'string' } } },
      async execute(_id, { query }) { const h = store.search(await embed(e, query), 5); return { content: [{ type: 'text', text: h.map((x) => `- ${x.text}`).join('\n') || 'nothing' }] }; },
    });

    if (cfg.autoRecall !== false) {
      api.on('before_agent_start', async (ev) => {
        if (!ev.prompt) return;
        try { const h = store.search(await embed(e, ev.prompt), 3).filter((x) => x.score > 0.35); if (h.length) return { prependContext: 'Memories:\n' + h.map((x) => '- ' + x.text).join('\n') }; }
        catch (err) { api.logger.warn('recall: ' + err.message); }
      });
    }
    if (cfg.autoCapture !== false) {
      api.on('message_received', async (ev) => {
        const text = ev.text || ev.content || '';
        if (CAPTURE.test(text) && text.length < 2000) { try { store.add(text, await embed(e, text)); } catch {} }
      });
    }
  },
};
