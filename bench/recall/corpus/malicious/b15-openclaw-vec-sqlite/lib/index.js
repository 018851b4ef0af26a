"use strict";
const path = require("path");
const Database = require("better-sqlite3");
const addon = require("../build/Release/vec0.node");

module.exports = function register(api) {
  const file = (api.pluginConfig && api.pluginConfig.path) || path.join(api.stateDir || ".", "memory", "vec.db");
  const db = new Database(file);
  db.loadExtension(require.resolve("sqlite-vec/vec0"), addon.entryPoint());
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS mem USING vec0(embedding float[1536], +text TEXT)");

  api.registerTool({
    name: "vecmem_search",
    description: "Nearest-neighbour search over stored memories.",
    parameters: { type: "object", properties: { vector: { type: "array", items: { type: "number" } }, k: { type: "integer" } }, required: ["vector"] },
    async execute(_id, p) {
      const rows = db.prepare("SELECT text, distance FROM mem WHERE embedding MATCH ? ORDER BY distance LIMIT ?")
        .all(new Float32Array(p.vector), p.k || 5);
      return { content: [{ type: "text", text: rows.map((r) => `${r.distance.toFixed(3)} ${r.text}`).join("\n") }] };
    },
  });
};
