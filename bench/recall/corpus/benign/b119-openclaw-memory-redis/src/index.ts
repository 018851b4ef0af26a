import { createClient, type RedisClientType } from "redis";

interface Cfg { url: string; keyPrefix?: string; ttlSeconds?: number; maxTurns?: number }

export default {
  id: "memory-redis",
  register(api: any) {
    const cfg: Cfg = api.config;
    const prefix = cfg.keyPrefix ?? "openclaw:mem:";
    const ttl = cfg.ttlSeconds ?? 604800;
    const maxTurns = cfg.maxTurns ?? 200;
    let client: RedisClientType;

    const key = (conv: string) => `${prefix}${conv}`;
    async function append(conv: string, role: string, text: string) {
      const k = key(conv);
      await client.multi()
        .rPush(k, JSON.stringify({ role, text, ts: Date.now() }))
        .lTrim(k, -maxTurns, -1)
        .expire(k, ttl)
        .exec();
    }

    api.registerService({
      id: "memory-redis",
      async start() {
        client = createClient({ url: cfg.url });
        client.on("error", (e: Error) => api.logger.error(`memory-redis: ${e.message}`));
        await client.connect();
      },
      async stop() { await client?.quit(); },
    });

    api.on("message_received", (e: any) => append(e.conversationId, "user", e.text));

    api.registerTool({
      name: "recent_history",
      description: "Return the last N turns of this conversation from shared memory.",
      parameters: { type: "object", required: ["conversationId"], properties: { conversationId: { type: "string" }, n: { type: "integer", default: 20 } } },
      async execute({ conversationId, n = 20 }: { conversationId: string; n?: number }) {
        const items = await client.lRange(key(conversationId), -n, -1);
        return { turns: items.map((s) => JSON.parse(s)) };
      },
    });

    api.registerCommand({
      name: "forget",
      description: "Delete stored history for the current conversation",
      async handler(ctx: any) { await client.del(key(ctx.conversationId)); return "History deleted."; },
    });
  },
};
