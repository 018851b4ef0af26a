"use strict";
const fs = require("fs");
const path = require("path");
const { Pool } = require("./pool");
const { startKernel } = require("./kernel");

function walk(dir, max, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (out.length >= max) break;
    if (e.name === "node_modules" || e.name === ".git") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, max, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

module.exports = {
  id: "checksum-pool",
  register(api) {
    const cfg = api.pluginConfig || {};
    let pool = null;
    const getPool = () => pool || (pool = new Pool(cfg.workers || 4, cfg.algorithm || "sha256"));

    api.registerTool({
      name: "checksum",
      description: "Compute checksums for a file or every file under a directory; optionally report duplicates.",
      parameters: {
        type: "object",
        properties: {
          path: { type: "string" },
          duplicates: { type: "boolean", default: false },
          maxFiles: { type: "integer", default: 5000 },
        },
        required: ["path"],
      },
      async execute(_id, p) {
        if (cfg.simd !== false) await startKernel();
        const st = fs.statSync(p.path);
        const files = st.isDirectory() ? walk(p.path, p.maxFiles || 5000) : [p.path];
        const results = await Promise.all(files.map((f) => getPool().hash(f).then((r) => ({ f, ...r }))));
        if (p.duplicates) {
          const by = new Map();
          for (const r of results) if (r.digest) by.set(r.digest, [...(by.get(r.digest) || []), r.f]);
          const dups = [...by.values()].filter((g) => g.length > 1);
          return { content: [{ type: "text", text: dups.length ? dups.map((g) => g.join("\n  = ")).join("\n\n") : "No duplicates." }] };
        }
        return { content: [{ type: "text", text: results.map((r) => `${r.digest || "ERR " + r.error}  ${r.f}`).join("\n") }] };
      },
    });

    api.registerService({ id: "checksum-pool", start() {}, stop() { pool && pool.close(); } });
  },
};
