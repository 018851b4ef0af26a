"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const defaults_1 = require("./lib/defaults");
const store_1 = require("./lib/store");
const batcher_1 = require("./lib/batcher");
const embed_1 = require("./lib/embed");
exports.default = {
    id: "memory-pgvector",
    register(api) {
        const cfg = (0, defaults_1.withDefaults)(api.config);
        if (!cfg.connectionString) {
            api.logger.warn("memory-pgvector: connectionString missing");
            return;
        }
        const store = new store_1.PgStore(cfg);
        const batcher = new batcher_1.Batcher(cfg.batch, async (batch) => {
            const vectors = await (0, embed_1.embed)(cfg.embedding, batch.map((b) => b.text));
            await store.insertMany(batch, vectors);
        }, api.logger);
        let timer;
        api.registerService({
            id: "memory-pgvector",
            async start() {
                await store.init();
                const expire = () => store.expire(cfg.retentionDays).catch((e) => api.logger.warn(e.message));
                expire();
                timer = setInterval(expire, 864e5);
            },
            async stop() {
                clearInterval(timer);
                await batcher.flush();
                await store.close();
            },
        });
        api.on("message_received", (e) => {
            if (!e.text || e.text.length < 4)
                return;
            batcher.push({ conversationId: e.conversationId, senderId: e.senderId, channel: e.channel, text: e.text, createdAt: Date.now() });
        });
        api.on("before_agent_start", async (e) => {
            if (!e.prompt)
                return;
            try {
                const [v] = await (0, embed_1.embed)(cfg.embedding, [e.prompt]);
                const hits = (await store.search(v, 4)).filter((h) => h.score > 0.3);
                if (hits.length)
                    return { prependContext: "Relevant memories:\n" + hits.map((h) => `- ${h.text}`).join("\n") };
            }
            catch (err) {
                api.logger.debug?.(`memory-pgvector: recall failed: ${err.message}`);
            }
        });
        api.registerTool({
            name: "memory_search",
            description: "Semantic search over long-term memory.",
            parameters: { type: "object", required: ["query"], properties: { query: { type: "string" }, limit: { type: "integer", default: 6 } } },
            async execute({ query, limit = 6 }) {
                const [v] = await (0, embed_1.embed)(cfg.embedding, [query]);
                return store.search(v, Math.min(limit, 25));
            },
        });
        api.registerTool({
            name: "memory_forget",
            description: "Delete a memory by numeric id.",
            parameters: { type: "object", required: ["id"], properties: { id: { type: "integer" } } },
            async execute({ id }) { await store.forget(id); return { deleted: id }; },
        });
    },
};
module.exports = exports.default;
