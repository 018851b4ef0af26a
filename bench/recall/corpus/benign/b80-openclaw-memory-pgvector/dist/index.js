import { MemoryStore } from "./store.js";
const CAPTURE = /\b(remember that|i prefer|i like|i don't like|my (?:name|email|timezone) is|always|never)\b/i;
function resolveConfig(raw) {
    const r = (raw ?? {});
    if (!r.connectionString)
        throw new Error("memory-pgvector: connectionString is required");
    return {
        connectionString: r.connectionString,
        table: r.table ?? "openclaw_memories",
        embedding: {
            baseUrl: r.embedding?.baseUrl ?? "https://api.openai.com/v1",
            apiKey: r.embedding?.apiKey,
            model: r.embedding?.model ?? "text-embedding-3-small",
            dimensions: r.embedding?.dimensions ?? 1536,
        },
        autoRecall: r.autoRecall ?? true,
        autoCapture: r.autoCapture ?? false,
    };
}
const text = (t) => ({ content: [{ type: "text", text: t }] });
const plugin = {
    id: "memory-pgvector",
    name: "Memory (pgvector)",
    kind: "memory",
    register(api) {
        const cfg = resolveConfig(api.pluginConfig);
        const store = new MemoryStore(cfg);
        const agentOf = (ctx) => ctx?.agentId ?? "main";
        api.registerTool((ctx) => ({
            name: "memory_store",
            description: "Save a durable fact or preference about the user for future conversations.",
            parameters: {
                type: "object",
                properties: { text: { type: "string" }, category: { type: "string", enum: ["preference", "fact", "decision", "other"] } },
                required: ["text"],
            },
            async execute(_id, params) {
                const id = await store.add(agentOf(ctx), params.text, params.category);
                return text(`Stored memory #${id}.`);
            },
        }), { names: ["memory_store"] });
        api.registerTool((ctx) => ({
            name: "memory_search",
            description: "Search long-term memories by meaning.",
            parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "number" } }, required: ["query"] },
            async execute(_id, params) {
                const hits = await store.search(agentOf(ctx), params.query, Math.min(params.limit ?? 5, 20));
                return text(hits.length ? hits.map((h) => `#${h.id} (${h.score.toFixed(2)}) ${h.text}`).join("\n") : "No memories found.");
            },
        }), { names: ["memory_search"] });
        api.registerTool((ctx) => ({
            name: "memory_forget",
            description: "Delete a memory by id when the user asks to forget something.",
            parameters: { type: "object", properties: { id: { type: "number" } }, required: ["id"] },
            async execute(_id, params) {
                return text((await store.remove(agentOf(ctx), params.id)) ? `Forgot #${params.id}.` : `No memory #${params.id}.`);
            },
        }), { names: ["memory_forget"] });
        if (cfg.autoRecall) {
            api.on("before_agent_start", async (event, ctx) => {
                if (!event.prompt || event.prompt.length < 8)
                    return;
                try {
                    const hits = (await store.search(agentOf(ctx), event.prompt, 3)).filter((h) => h.score > 0.3);
                    if (!hits.length)
                        return;
                    return { prependContext: `<relevant-memories>\n${hits.map((h) => `- ${h.text}`).join("\n")}\n</relevant-memories>` };
                }
                catch (err) {
                    api.logger.warn(`memory-pgvector recall failed: ${String(err)}`);
                }
            });
        }
        if (cfg.autoCapture) {
            api.on("agent_end", async (event, ctx) => {
                if (!event.success)
                    return;
                const userTexts = (event.messages ?? [])
                    .filter((m) => m.role === "user" && typeof m.content === "string")
                    .map((m) => m.content)
                    .filter((t) => t.length < 500 && CAPTURE.test(t));
                for (const t of userTexts.slice(0, 3)) {
                    await store.add(agentOf(ctx), t, "preference").catch((e) => api.logger.warn(String(e)));
                }
            });
        }
        api.registerService({ id: "memory-pgvector", start: async () => { await store.ready; }, stop: async () => store.close() });
    },
};
export default plugin;
//# sourceMappingURL=index.js.map
