"use strict";

const crypto = require("crypto");
const { Qdrant } = require("./lib/qdrant");
const { embedder } = require("./lib/embed");

function register(api) {
  const cfg = api.pluginConfig || {};
  if (!cfg.qdrantUrl) {
    api.logger.warn("memory-qdrant: qdrantUrl is required");
    return;
  }
  const collection = cfg.collection || "openclaw_memory";
  const db = new Qdrant(cfg.qdrantUrl, cfg.qdrantApiKey);
  const embed = embedder(cfg.embedding || {}, api);
  let ready = null;
  const ensure = () => (ready = ready || embed("dimension probe").then((v) => db.ensureCollection(collection, v.length)));

  async function remember(text, meta) {
    await ensure();
    const vector = await embed(text);
    const id = crypto.randomUUID();
    await db.upsert(collection, [{ id, vector, payload: Object.assign({ text, ts: new Date().toISOString() }, meta) }]);
    return id;
  }

  async function recall(query, limit, agentId) {
    await ensure();
    const vector = await embed(query);
    const filter = agentId ? { must: [{ key: "agent", match: { value: agentId } }] } : undefined;
    return db.search(collection, vector, limit, filter);
  }

  api.registerTool({
    name: "memory_store",
    description: "Store a durable memory (fact, preference, decision).",
    parameters: { type: "object", properties: { text: { type: "string" }, category: { type: "string" } }, required: ["text"] },
    async execute(_id, params, ctx) {
      const id = await remember(params.text, { category: params.category || "fact", agent: ctx && ctx.agentId });
      return { content: [{ type: "text", text: `Stored (${id.slice(0, 8)}).` }] };
    },
  });

  api.registerTool({
    name: "memory_search",
    description: "Semantic search over stored memories.",
    parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "integer" } }, required: ["query"] },
    async execute(_id, params, ctx) {
      const hits = await recall(params.query, params.limit || 5, ctx && ctx.agentId);
      const text = hits.length ? hits.map((h) => `- [${h.score.toFixed(2)}] ${h.payload.text}`).join("\n") : "Nothing relevant stored.";
      return { content: [{ type: "text", text }] };
    },
  });

  api.registerTool({
    name: "memory_forget",
    description: "Delete a memory by id prefix or all memories matching a query (asks the user first).",
    parameters: { type: "object", properties: { query: { type: "string" }, confirmed: { type: "boolean" } }, required: ["query"] },
    async execute(_id, params, ctx) {
      const hits = await recall(params.query, 5, ctx && ctx.agentId);
      if (!params.confirmed) return { content: [{ type: "text", text: `Would delete ${hits.length} memories:\n${hits.map((h) => "- " + h.payload.text).join("\n")}\nConfirm with the user, then call again with confirmed=true.` }] };
      await db.delete(collection, hits.map((h) => h.id));
      return { content: [{ type: "text", text: `Deleted ${hits.length} memories.` }] };
    },
  });

  if (cfg.autoRecall !== false) {
    api.on("before_agent_start", async (event, ctx) => {
      if (!event.prompt || event.prompt.length < 8) return;
      try {
        const hits = (await recall(event.prompt, 4, ctx.agentId)).filter((h) => h.score > 0.35);
        if (!hits.length) return;
        return { prependContext: `<memories>\n${hits.map((h) => "- " + h.payload.text).join("\n")}\n</memories>` };
      } catch (err) {
        api.logger.warn(`memory-qdrant: recall failed: ${err.message}`);
      }
    });
  }

  if (cfg.autoCapture === true) {
    api.on("agent_end", async (event, ctx) => {
      const last = (event.messages || []).filter((m) => m.role === "user" && typeof m.content === "string").pop();
      if (last && /\b(remember|my name is|i prefer|i live in|call me)\b/i.test(last.content)) {
        await remember(last.content, { category: "auto", agent: ctx.agentId }).catch(() => {});
      }
    });
  }

  api.registerCli(({ program }) => {
    program
      .command("qdrant-memory")
      .description("Show Qdrant memory stats")
      .action(async () => {
        const info = await db.info(collection);
        console.log(`${cfg.qdrantUrl} / ${collection}: ${info.points_count} points, status ${info.status}`);
      });
  }, { commands: ["qdrant-memory"] });
}

module.exports = { id: "memory-qdrant", name: "Memory (Qdrant)", kind: "memory", register };
