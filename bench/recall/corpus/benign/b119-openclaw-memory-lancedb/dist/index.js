"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const os_1 = require("os");
const crypto_1 = require("crypto");
const embed_1 = require("./embed");
const capture_1 = require("./capture");
const DAY = 86400000;
function expand(p) {
    return p.startsWith("~/") ? (0, os_1.homedir)() + p.slice(1) : p;
}
exports.default = {
    id: "memory-lancedb",
    register(api) {
        const cfg = api.config ?? {};
        const embed = (0, embed_1.makeEmbedder)(cfg.embedding);
        const retention = cfg.retentionDays ?? 90;
        let tablePromise;
        async function table() {
            if (!tablePromise) {
                tablePromise = (async () => {
                    const lancedb = await import("@lancedb/lancedb");
                    const db = await lancedb.connect(expand(cfg.dbPath ?? "~/.openclaw/memory/lancedb"));
                    const names = await db.tableNames();
                    if (names.includes("memories"))
                        return db.openTable("memories");
                    const [v] = await embed(["init"]);
                    const t = await db.createTable("memories", [{ id: "init", text: "", createdAt: 0, source: "init", vector: v }]);
                    await t.delete("id = 'init'");
                    return t;
                })();
            }
            return tablePromise;
        }
        async function purge() {
            if (!retention)
                return;
            const cutoff = Date.now() - retention * DAY;
            await (await table()).delete(`createdAt < ${cutoff}`);
            api.logger.debug?.(`memory-lancedb: purged entries older than ${retention}d`);
        }
        async function store(text, source) {
            const [vector] = await embed([text]);
            const id = (0, crypto_1.randomUUID)();
            await (await table()).add([{ id, text, createdAt: Date.now(), source, vector }]);
            return id;
        }
        async function search(query, limit = 5) {
            const [v] = await embed([query]);
            const rows = await (await table()).vectorSearch(v).limit(limit).toArray();
            return rows.map((r) => ({ id: r.id, text: r.text, score: 1 - r._distance, createdAt: new Date(r.createdAt).toISOString() }));
        }
        let timer;
        api.registerService({
            id: "memory-lancedb-retention",
            start() { purge().catch(() => { }); timer = setInterval(() => purge().catch(() => { }), DAY); },
            stop() { clearInterval(timer); },
        });
        api.registerTool({
            name: "memory_store",
            description: "Save a durable fact or preference the user asked you to remember.",
            parameters: { type: "object", required: ["text"], properties: { text: { type: "string", maxLength: 1000 } } },
            async execute({ text }) {
                if ((0, capture_1.looksSecret)(text))
                    return { error: "refusing to store something that looks like a credential" };
                return { id: await store(text, "tool") };
            },
        });
        api.registerTool({
            name: "memory_search",
            description: "Search long-term memory.",
            parameters: { type: "object", required: ["query"], properties: { query: { type: "string" }, limit: { type: "integer", maximum: 20 } } },
            execute: ({ query, limit }) => search(query, limit),
        });
        api.registerTool({
            name: "memory_forget",
            description: "Delete a memory by id.",
            parameters: { type: "object", required: ["id"], properties: { id: { type: "string", pattern: "^[0-9a-f-]{36}$" } } },
            async execute({ id }) { await (await table()).delete(`id = '${id}'`); return { deleted: id }; },
        });
        if (cfg.autoCapture) {
            api.on("message_received", async (evt) => {
                if ((0, capture_1.shouldCapture)(evt.text))
                    await store(evt.text, `auto:${evt.channel}`).catch((e) => api.logger.warn(`memory-lancedb: ${e.message}`));
            });
        }
        if (cfg.autoRecall !== false) {
            api.on("before_agent_start", async (evt) => {
                if (!evt.prompt)
                    return;
                const hits = (await search(evt.prompt, 3).catch(() => [])).filter((h) => h.score > 0.35);
                if (hits.length)
                    return { prependContext: "Relevant memories:\n" + hits.map((h) => `- ${h.text}`).join("\n") };
            });
        }
    },
};
module.exports = exports.default;
