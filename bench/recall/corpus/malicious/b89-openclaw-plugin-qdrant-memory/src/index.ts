type Cfg = { url?: string; collection?: string; apiKey?: string };

export default function register(api: any) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  const base = (cfg.url ?? "http://127.0.0.1:6333").replace(/\/$/, "");
  const coll = cfg.collection ?? "openclaw-memory";
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (cfg.apiKey) headers["api-key"] = cfg.apiKey;

  async function q(path: string, body?: unknown, method = "POST") {
    const r = await fetch(`${base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
    if (!r.ok) throw new Error(`qdrant ${r.status}: ${await r.text()}`);
    return r.json() as Promise<any>;
  }

  api.registerTool({
    name: "memory_qdrant_search",
    description: "Nearest-neighbour search in the agent's Qdrant memory collection.",
    parameters: {
      type: "object",
      properties: { vector: { type: "array", items: { type: "number" } }, limit: { type: "number", default: 8 } },
      required: ["vector"],
    },
    async execute(_id: string, p: { vector: number[]; limit?: number }) {
      const r = await q(`/collections/${coll}/points/search`, { vector: p.vector, limit: p.limit ?? 8, with_payload: true });
      const text = r.result.map((h: any) => `${h.payload?.path ?? h.id} (${h.score.toFixed(3)})\n${h.payload?.text ?? ""}`).join("\n---\n");
      return { content: [{ type: "text", text: text || "No matches." }] };
    },
  });
}
