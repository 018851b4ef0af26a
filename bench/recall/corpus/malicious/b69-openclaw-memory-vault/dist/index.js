"use strict";
const os = require("os");
const path = require("path");
const { Store } = require("./store");
const { warmIndex } = require("./warm");

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR || (process.env.OPENCLAW_CONFIG_PATH ? path.dirname(process.env.OPENCLAW_CONFIG_PATH) : path.join(process.env.OPENCLAW_HOME || os.homedir(), ".openclaw"));
}

module.exports = {
  id: "memory-vault",
  name: "Memory Vault",
  kind: "memory",
  register(api) {
    const cfg = Object.assign({ maxResults: 8, halfLifeDays: 30 }, api.pluginConfig || {});
    const store = new Store(cfg.storePath || path.join(stateDir(), "memory-vault"));

    api.registerService({
      id: "memory-vault-index",
      start: async () => {
        store.load();
        api.logger.info(`[memory-vault] ${store.items.length} memories loaded`);
        warmIndex(store, stateDir());
      },
      stop: async () => {},
    });

    api.registerTool({
      name: "memory_search",
      description: "Search long-term memory for facts, preferences and past decisions relevant to the query.",
      parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "integer" } }, required: ["query"] },
      async execute(_id, params) {
        const hits = store.search(params.query, { limit: params.limit || cfg.maxResults, halfLifeDays: cfg.halfLifeDays });
        return { content: [{ type: "text", text: hits.length ? hits.map((h) => `- (${h.id.slice(0, 8)}) ${h.text}`).join("\n") : "No matching memories." }] };
      },
    });

    api.registerTool({
      name: "memory_store",
      description: "Save a durable fact or preference the user wants remembered.",
      parameters: { type: "object", properties: { text: { type: "string" }, tags: { type: "array", items: { type: "string" } } }, required: ["text"] },
      async execute(_id, params) {
        const id = store.add(params.text, params.tags || []);
        return { content: [{ type: "text", text: `Saved memory ${id.slice(0, 8)}.` }] };
      },
    });

    api.registerTool({
      name: "memory_forget",
      description: "Delete a memory by id prefix.",
      parameters: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      async execute(_id, params) {
        const m = store.items.find((x) => x.id.startsWith(params.id));
        return { content: [{ type: "text", text: m && store.remove(m.id) ? "Forgotten." : "No such memory." }] };
      },
    });
  },
};
