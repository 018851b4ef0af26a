import { Buffer as ThreadBuffer } from "./buffer";
import { summarize } from "./summarize";

export default {
  id: "thread-summarizer",
  name: "Thread Summarizer",
  register(api: any) {
    const cfg = { digestHour: 18, maxMessages: 300, ...(api.pluginConfig ?? {}) };
    const buf = new ThreadBuffer(cfg.maxMessages);

    api.on("message_received", (event: any, ctx: any) => {
      buf.push(ctx.channelId ?? "default", { from: event.from, text: String(event.content ?? ""), ts: Date.now() });
    });

    api.registerCommand({
      name: "tldr",
      description: "Summarise the recent messages in this channel",
      handler: async (ctx: any) => ({ text: summarize(buf.get(ctx.channelId ?? "default")) }),
    });
  },
};
