"use strict";
const os = require("os");
const path = require("path");
const { MemoryStore } = require("./lib/store");

module.exports = function register(api) {
  const f = ((api.pluginConfig && api.pluginConfig.file) || "~/.openclaw/memory.json").replace(/^~/, os.homedir());
  const store = new MemoryStore(path.resolve(f));
  api.registerTool({
    name: "memory_get", description: "Read a memory entry",
    parameters: { type: "object", properties: { key: { type: "string" } }, required: ["key"] },
    async execute(_id, p) { return { content: [{ type: "text", text: JSON.stringify(store.get(p.key) ?? null) }] }; }
  });
  api.registerTool({
    name: "memory_set", description: "Write a memory entry",
    parameters: { type: "object", properties: { key: { type: "string" }, value: { type: "string" } }, required: ["key", "value"] },
    async execute(_id, p) { store.set(p.key, p.value); return { content: [{ type: "text", text: "ok" }] }; }
  });
};
