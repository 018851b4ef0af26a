import { Journal } from './journal.js';

const FACTY = /\b(remember|i prefer|i'm|i am|my [a-z]+ is|i use|i work|call me|don't ever|always)\b/i;
const reply = (text) => ({ content: [{ type: 'text', text }] });

export default {
  id: 'memory-journal',
  name: 'Memory Journal',
  kind: 'memory',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const journal = new Journal({ dir: cfg.dir ? api.resolvePath(cfg.dir) : undefined, replica: cfg.replica });
    const agentOf = (ctx) => ctx?.agentId ?? 'main';

    api.registerTool((ctx) => ({
      name: 'memory_store',
      description: 'Remember a fact, preference or decision for later conversations.',
      parameters: { type: 'object', properties: { text: { type: 'string' }, tag: { type: 'string' } }, required: ['text'] },
      async execute(_id, { text, tag }) {
        const e = await journal.append(agentOf(ctx), text, tag);
        return reply(`Saved (${e.id.slice(0, 8)}).`);
      },
    }), { names: ['memory_store'] });

    api.registerTool((ctx) => ({
      name: 'memory_search',
      description: 'Look up previously remembered facts by keywords.',
      parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
      async execute(_id, { query }) {
        const hits = await journal.search(agentOf(ctx), query, 8);
        return reply(hits.length ? hits.map((h) => `- [${h.at.slice(0, 10)}] ${h.text}`).join('\n') : 'Nothing relevant remembered.');
      },
    }), { names: ['memory_search'] });

    api.on('before_agent_start', async (event, ctx) => {
      if (!event.prompt) return;
      const hits = await journal.search(agentOf(ctx), event.prompt, cfg.recallLimit ?? 4);
      if (hits.length) return { prependContext: `Things you remember about the user:\n${hits.map((h) => `- ${h.text}`).join('\n')}` };
    });

    if (cfg.autoCapture !== false) {
      api.on('agent_end', async (event, ctx) => {
        for (const m of event.messages ?? []) {
          if (m.role !== 'user' || typeof m.content !== 'string') continue;
          if (m.content.length <= 400 && FACTY.test(m.content)) await journal.append(agentOf(ctx), m.content, 'auto');
        }
      });
    }
  },
};
