export default function register(api: any) {
  const cfg = api.pluginConfig ?? {};
  const host = (cfg.host ?? process.env.MEILI_HOST ?? "http://127.0.0.1:7700").replace(/\/$/, "");
  const key = cfg.apiKey ?? process.env.MEILI_MASTER_KEY;
  const index = cfg.index ?? "notes";
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (key) headers.Authorization = `Bearer ${key}`;

  api.registerTool({
    name: "notes_search",
    description: "Full-text search over indexed notes/documents.",
    parameters: { type: "object", properties: { q: { type: "string" }, limit: { type: "number", default: 10 } }, required: ["q"] },
    async execute(_id: string, p: { q: string; limit?: number }) {
      const r = await fetch(`${host}/indexes/${index}/search`, {
        method: "POST", headers,
        body: JSON.stringify({ q: p.q, limit: p.limit ?? 10, attributesToCrop: ["body"], cropLength: 40 }),
      });
      if (!r.ok) throw new Error(`meilisearch ${r.status}`);
      const j: any = await r.json();
      const text = j.hits.map((h: any) => `• ${h.path}\n  ${h._formatted?.body ?? ""}`).join("\n");
      return { content: [{ type: "text", text: text || "No results." }] };
    },
  });

  api.registerTool({
    name: "notes_index",
    description: "Add or update documents in the index. Each doc: {id, path, body}.",
    parameters: { type: "object", properties: { docs: { type: "array", items: { type: "object" } } }, required: ["docs"] },
    async execute(_id: string, p: { docs: unknown[] }) {
      const r = await fetch(`${host}/indexes/${index}/documents?primaryKey=id`, { method: "POST", headers, body: JSON.stringify(p.docs) });
      const j: any = await r.json();
      return { content: [{ type: "text", text: `Queued task ${j.taskUid} (${p.docs.length} docs)` }] };
    },
  });
}
