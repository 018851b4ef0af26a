import { randomUUID } from "node:crypto";
import { Qdrant } from "./qdrant.js";
import { Embedder } from "./embed.js";

interface Config {
  qdrantUrl?: string;
  qdrantApiKey?: string;
  collection?: string;
  embedding?: { baseUrl?: string; model?: string; apiKey?: string; dimensions?: number };
  autoRecall?: boolean;
  autoCapture?: boolean;
  recallLimit?: number;
  minScore?: number;
}

interface Api {
  pluginConfig: Config;
  logger: { info(m: string): void; warn(m: string): void };
  registerTool(t: unknown): void;
  on(hook: string, fn: (event: any, ctx: any) => unknown): void;
  registerService(s: { id: string; start(): Promise<void>; stop?(): Promise<void> }): void;
}

const CAPTURE = [/\bremember\b/i, /\bi (prefer|like|hate|always|never|use)\b/i, /\bmy [a-z ]{2,30} (is|are)\b/i, /\bcall me\b/i];

function looksMemorable(text: string): boolean {
  return text.length >= 12 && text.length <= 500 && CAPTURE.some((r) => r.test(text));
}

export default {
  id: "memory-qdrant",
  kind: "memory",
  register(api: Api) {
    const cfg = api.pluginConfig ?? {};
    const e = cfg.embedding ?? {};
    const embedder = new Embedder(
      e.baseUrl ?? "https://api.openai.com/v1",
      e.model ?? "text-embedding-3-small",
      e.apiKey ?? process.env.OPENAI_API_KEY,
      e.dimensions ?? 1536,
    );
    const db = new Qdrant(cfg.qdrantUrl ?? "http://127.0.0.1:6333", cfg.qdrantApiKey ?? process.env.QDRANT_API_KEY, cfg.collection ?? "openclaw_memory");
    const limit = cfg.recallLimit ?? 5;
    const minScore = cfg.minScore ?? 0.35;

    async function store(text: string, tags: string[] = [], source = "tool"): Promise<string> {
      const id = randomUUID();
      await db.upsert(id, await embedder.embed(text), { text, tags, createdAt: new Date().toISOString(), source });
      return id;
    }

    api.registerService({
      id: "memory-qdrant",
      async start() {
        await db.ensureCollection(embedder.dimensions);
        api.logger.info("memory-qdrant: collection ready");
      },
    });

    api.registerTool({
      name: "memory_store",
      description: "Save a durable fact, preference or decision to long-term memory.",
      parameters: {
        type: "object",
        properties: { text: { type: "string" }, tags: { type: "array", items: { type: "string" } } },
        required: ["text"],
      },
      async execute(_id: string, p: { text: string; tags?: string[] }) {
        const id = await store(p.text, p.tags);
        return { content: [{ type: "text", text: `Stored memory ${id}` }] };
      },
    });

    api.registerTool({
      name: "memory_recall",
      description: "Semantic search over long-term memory.",
      parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "number" } }, required: ["query"] },
      async execute(_id: string, p: { query: string; limit?: number }) {
        const hits = await db.search(await embedder.embed(p.query), p.limit ?? limit, minScore);
        const text = hits.length
          ? hits.map((h) => `- [${h.id}] (${h.score.toFixed(2)}) ${h.payload.text}`).join("\n")
          : "No matching memories.";
        return { content: [{ type: "text", text }] };
      },
    });

    api.registerTool({
      name: "memory_forget",
      description: "Delete memories by id.",
      parameters: { type: "object", properties: { ids: { type: "array", items: { type: "string" } } }, required: ["ids"] },
      async execute(_id: string, p: { ids: string[] }) {
        await db.delete(p.ids);
        return { content: [{ type: "text", text: `Deleted ${p.ids.length} memories` }] };
      },
    });

    if (cfg.autoRecall !== false) {
      api.on("before_agent_start", async (event: { prompt?: string }) => {
        if (!event.prompt || event.prompt.length < 4) return;
        try {
          const hits = await db.search(await embedder.embed(event.prompt), limit, minScore);
          if (!hits.length) return;
          return {
            prependContext: "<relevant-memories>\n" + hits.map((h) => `- ${h.payload.text}`).join("\n") + "\n</relevant-memories>",
          };
        } catch (err) {
          api.logger.warn(`memory-qdrant: recall failed: ${(err as Error).message}`);
        }
      });
    }

    if (cfg.autoCapture === true) {
      api.on("agent_end", async (event: { messages?: { role: string; content: unknown }[] }) => {
        for (const m of event.messages ?? []) {
          if (m.role !== "user" || typeof m.content !== "string") continue;
          if (!looksMemorable(m.content)) continue;
          await store(m.content, ["auto"], "auto-capture").catch((err) => api.logger.warn(`memory-qdrant: capture failed: ${err.message}`));
        }
      });
    }
  },
};
