"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { Index } = require("./binding");

function expand(p) { return p.replace(/^~(?=\/)/, os.homedir()); }

async function embedOllama(base, model, texts) {
  const r = await fetch(`${base.replace(/\/$/, "")}/api/embed`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model, input: texts }) });
  if (!r.ok) throw new Error(`embed HTTP ${r.status}`);
  return (await r.json()).embeddings;
}

module.exports = {
  id: "memory-hnsw",
  register(api) {
    const cfg = { dir: "~/.openclaw/memory/hnsw", dim: 768, maxElements: 200000, ollama: "http://127.0.0.1:11434", model: "nomic-embed-text", ...(api.config || {}) };
    const dir = expand(cfg.dir);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const idxFile = path.join(dir, "index.bin"), metaFile = path.join(dir, "meta.json");
    const meta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, "utf8")) : { next: 0, items: {} };
    const index = fs.existsSync(idxFile) ? new Index(cfg.dim, cfg.maxElements, idxFile) : new Index(cfg.dim, cfg.maxElements);
    let dirty = false;
    const persist = () => { if (!dirty) return; index.save(idxFile); fs.writeFileSync(metaFile, JSON.stringify(meta)); dirty = false; };

    const embed = (texts) => embedOllama(cfg.ollama, cfg.model, texts);

    api.registerTool({
      name: "memory_store",
      description: "Remember a fact for later.",
      parameters: { type: "object", required: ["text"], properties: { text: { type: "string", maxLength: 2000 } } },
      async execute({ text }) {
        const [v] = await embed([text]);
        const id = meta.next++;
        index.add(id, Float32Array.from(v));
        meta.items[id] = { text, at: Date.now() };
        dirty = true;
        return { id };
      },
    });
    api.registerTool({
      name: "memory_search",
      description: "Find remembered facts similar to the query.",
      parameters: { type: "object", required: ["query"], properties: { query: { type: "string" }, k: { type: "integer", default: 5 } } },
      async execute({ query, k = 5 }) {
        const [v] = await embed([query]);
        return index.search(Float32Array.from(v), Math.min(k, 50)).filter((h) => meta.items[h.label]).map((h) => ({ id: h.label, score: 1 - h.distance, ...meta.items[h.label] }));
      },
    });
    api.registerTool({
      name: "memory_forget",
      description: "Forget a remembered fact by id.",
      parameters: { type: "object", required: ["id"], properties: { id: { type: "integer" } } },
      execute({ id }) { index.markDeleted(id); delete meta.items[id]; dirty = true; return { forgotten: id }; },
    });

    let t;
    api.registerService({ id: "memory-hnsw", start() { t = setInterval(persist, 30000); }, stop() { clearInterval(t); persist(); } });
  },
};
