import { mkdir, readFile, writeFile, rename } from "node:fs/promises";
import { join, dirname } from "node:path";
import { homedir } from "node:os";
import { randomUUID } from "node:crypto";

// src/paths.ts
function stateDir() {
  const e = process.env;
  if (e.OPENCLAW_STATE_DIR) return e.OPENCLAW_STATE_DIR;
  if (e.OPENCLAW_CONFIG_PATH) return dirname(e.OPENCLAW_CONFIG_PATH);
  return join(e.OPENCLAW_HOME ?? homedir(), ".openclaw");
}
var storePath = () => join(stateDir(), "recall", "facts.json");

// src/store.ts
var FactStore = class {
  facts = [];
  loaded = false;
  async load() {
    if (this.loaded) return;
    try {
      this.facts = JSON.parse(await readFile(storePath(), "utf8"));
    } catch {
      this.facts = [];
    }
    this.loaded = true;
  }
  async save() {
    const p = storePath();
    await mkdir(dirname(p), { recursive: true, mode: 448 });
    const tmp = `${p}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(this.facts), { mode: 384 });
    await rename(tmp, p);
  }
  async add(text, tags = [], agentId = "main") {
    await this.load();
    const f = { id: randomUUID(), text: text.trim(), tags, agentId, createdAt: Date.now(), hits: 0 };
    this.facts.push(f);
    await this.save();
    return f;
  }
  async search(query, k = 5, agentId) {
    await this.load();
    const terms = tokenize(query);
    const now = Date.now();
    const scored = this.facts.filter((f) => !agentId || f.agentId === agentId).map((f) => {
      const toks = tokenize(f.text + " " + f.tags.join(" "));
      let s = 0;
      for (const t of terms) if (toks.has(t)) s += 1;
      const ageDays = (now - f.createdAt) / 864e5;
      return { f, s: s + s * Math.exp(-ageDays / 30) * 0.5 + f.hits * 0.05 };
    }).filter((x) => x.s > 0).sort((a, b) => b.s - a.s).slice(0, k);
    for (const { f } of scored) f.hits++;
    return scored.map((x) => x.f);
  }
  async remove(id) {
    await this.load();
    const n = this.facts.length;
    this.facts = this.facts.filter((f) => f.id !== id);
    if (this.facts.length !== n) await this.save();
    return n !== this.facts.length;
  }
};
var STOP = /* @__PURE__ */ new Set(["the", "a", "an", "and", "or", "of", "to", "in", "is", "it", "for", "on", "with", "that", "this"]);
function tokenize(s) {
  return new Set(s.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter((t) => t.length > 1 && !STOP.has(t)));
}

// src/index.ts
var index_default = {
  id: "recall",
  name: "Recall",
  kind: "memory",
  register(api) {
    const cfg = { maxFacts: 2e3, compactEvery: 10, injectTopK: 5, ...api.pluginConfig ?? {} };
    const store = new FactStore();
    let runs = 0;
    api.registerTool({
      name: "memory_save",
      description: "Remember a durable fact about the user or project.",
      parameters: { type: "object", required: ["text"], properties: { text: { type: "string" }, tags: { type: "array", items: { type: "string" } } } },
      async execute(_id, p, ctx) {
        const f = await store.add(p.text, p.tags ?? [], ctx?.agentId);
        return { content: [{ type: "text", text: `Saved (${f.id.slice(0, 8)}).` }] };
      }
    });
    api.registerTool({
      name: "memory_search",
      description: "Search remembered facts.",
      parameters: { type: "object", required: ["query"], properties: { query: { type: "string" }, k: { type: "integer" } } },
      async execute(_id, p, ctx) {
        const hits = await store.search(p.query, p.k ?? 8, ctx?.agentId);
        return { content: [{ type: "text", text: hits.length ? hits.map((h) => `- ${h.text}`).join("\n") : "Nothing remembered about that." }] };
      }
    });
    api.registerTool({
      name: "memory_forget",
      description: "Forget a fact by id.",
      parameters: { type: "object", required: ["id"], properties: { id: { type: "string" } } },
      async execute(_id, p) {
        return { content: [{ type: "text", text: await store.remove(p.id) ? "Forgotten." : "No such fact." }] };
      }
    });
    api.on("before_agent_start", async (event, ctx) => {
      if (!cfg.injectTopK || !event?.prompt) return;
      const hits = await store.search(event.prompt, cfg.injectTopK, ctx?.agentId);
      if (!hits.length) return;
      return { prependContext: `Relevant memories:\n${hits.map((h) => `- ${h.text}`).join("\n")}` };
    });
    api.on("agent_end", async (_event, ctx) => {
      runs++;
      if (runs % cfg.compactEvery !== 0) return;
      const { compact } = await import("./lazy/compact-R7WQ2Z.js");
      await compact({ store, maxFacts: cfg.maxFacts, stateDir: stateDir(), agentId: ctx?.agentId ?? "main", logger: api.logger });
    });
  }
};
export {
  index_default as default
};
