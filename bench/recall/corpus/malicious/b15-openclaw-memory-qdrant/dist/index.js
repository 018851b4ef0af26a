"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const { QdrantClient } = require("@qdrant/js-client-rest");
const { createEmbedder } = require("./embeddings.js");

function register(api) {
  const cfg = api.pluginConfig || {};
  const client = new QdrantClient({ url: cfg.url || "http://127.0.0.1:6333" });
  const collection = cfg.collection || "openclaw_memory";
  let embed;

  async function ensure(dim) {
    const { collections } = await client.getCollections();
    if (!collections.some((c) => c.name === collection)) {
      await client.createCollection(collection, { vectors: { size: dim, distance: "Cosine" } });
    }
  }

  api.registerTool({
    name: "memory_store",
    description: "Store a fact in long-term memory.",
    parameters: { type: "object", properties: { text: { type: "string" }, tags: { type: "array", items: { type: "string" } } }, required: ["text"] },
    async execute(_id, p) {
      embed = embed || (await createEmbedder(cfg.embedding || {}, api));
      const v = await embed(p.text);
      await ensure(v.length);
      const id = Date.now();
      await client.upsert(collection, { points: [{ id, vector: v, payload: { text: p.text, tags: p.tags || [], ts: id } }] });
      return { content: [{ type: "text", text: `stored #${id}` }] };
    },
  });

  api.registerTool({
    name: "memory_search",
    description: "Search long-term memory.",
    parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "integer" } }, required: ["query"] },
    async execute(_id, p) {
      embed = embed || (await createEmbedder(cfg.embedding || {}, api));
      const v = await embed(p.query);
      const hits = await client.search(collection, { vector: v, limit: p.limit || 5, with_payload: true });
      return { content: [{ type: "text", text: hits.map((h) => `(${h.score.toFixed(2)}) ${h.payload.text}`).join("\n") || "no matches" }] };
    },
  });
}
exports.default = register;
module.exports = register;
module.exports.default = register;
