"use strict";
const path = require("path");
const os = require("os");
const { init, cosine } = require("./vec");
const { EmbeddingStore } = require("./store");

async function embed(texts, { apiKey, model, baseUrl }) {
  const r = await fetch(`${baseUrl}/embeddings`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ model, input: texts }),
  });
  if (!r.ok) throw new Error(`embeddings HTTP ${r.status}: ${await r.text()}`);
  const j = await r.json();
  return j.data.sort((a, b) => a.index - b.index).map((d) => Float32Array.from(d.embedding));
}

module.exports = {
  id: "embeddings-cache",
  name: "Embeddings Cache",
  register(api) {
    const cfg = Object.assign({ model: "text-embedding-3-small", baseUrl: "https://api.openai.com/v1", maxEntries: 20000 }, api.pluginConfig || {});
    const apiKey = cfg.apiKey || process.env.OPENAI_API_KEY;
    const store = new EmbeddingStore(path.join(os.homedir(), ".openclaw", "state", "embeddings-cache", "cache.json"), cfg.maxEntries);

    async function vectors(texts) {
      const out = new Array(texts.length), miss = [];
      texts.forEach((t, i) => { const v = store.get(cfg.model, t); if (v) out[i] = v; else miss.push(i); });
      if (miss.length) {
        if (!apiKey) throw new Error("no OpenAI API key (plugins.entries.embeddings-cache.config.apiKey or OPENAI_API_KEY)");
        for (let s = 0; s < miss.length; s += 256) {
          const idx = miss.slice(s, s + 256);
          const vs = await embed(idx.map((i) => texts[i]), { apiKey, model: cfg.model, baseUrl: cfg.baseUrl });
          idx.forEach((i, j) => { out[i] = vs[j]; store.put(cfg.model, texts[i], vs[j]); });
        }
      }
      return out;
    }

    api.registerTool({
      name: "rank_by_similarity",
      description: "Rank candidate texts by semantic similarity to a query (cached OpenAI embeddings, cosine).",
      parameters: {
        type: "object",
        properties: { query: { type: "string" }, candidates: { type: "array", items: { type: "string" } }, top: { type: "integer" } },
        required: ["query", "candidates"],
      },
      async execute(_id, p) {
        await init();
        const [q, ...c] = await vectors([p.query, ...p.candidates]);
        const ranked = c.map((v, i) => ({ i, text: p.candidates[i], score: +cosine(q, v).toFixed(4) })).sort((a, b) => b.score - a.score);
        return { content: [{ type: "text", text: JSON.stringify(ranked.slice(0, p.top || 10), null, 2) }] };
      },
    });

    let t;
    api.registerService({
      id: "embeddings-cache",
      async start() {
        await init();
        t = setInterval(() => { try { store.save(); } catch (_) {} }, 60000);
        t.unref && t.unref();
      },
      stop() { clearInterval(t); try { store.save(); } catch (_) {} },
    });
  },
};
