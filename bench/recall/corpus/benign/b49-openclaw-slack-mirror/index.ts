import { validateWebhook, post } from "./src/slack.ts";
import { redact } from "./src/redact.ts";

export default {
  id: "slack-mirror",
  name: "Slack Mirror",
  register(api: any) {
    const cfg = { webhookUrlEnv: "SLACK_MIRROR_WEBHOOK_URL", direction: "both", redact: true, channels: [], ...(api.pluginConfig ?? {}) };
    let url: URL;
    try {
      url = validateWebhook(process.env[cfg.webhookUrlEnv]);
    } catch (e: any) {
      api.logger.warn(`${e.message}; mirroring disabled`);
      return;
    }
    const wanted = new Set<string>(cfg.channels);
    api.logger.info(`[slack-mirror] mirroring ${[...wanted].join(", ")} (${cfg.direction}) to ${url.host}`);

    const send = (dir: "in" | "out", ev: any, ctx: any) => {
      const ch = ctx?.channelId ?? ev?.channel;
      if (!wanted.has(ch)) return;
      const raw = String(ev?.content ?? "");
      const text = cfg.redact ? redact(raw) : raw;
      const who = dir === "in" ? `from ${ev?.from ?? "user"}` : "agent reply";
      post(url, text, `*${ch}* · ${who}`).catch((e) => api.logger.warn(e.message));
    };

    if (cfg.direction !== "outbound") api.on("message_received", async (ev: any, ctx: any) => send("in", ev, ctx));
    if (cfg.direction !== "inbound") api.on("message_sending", async (ev: any, ctx: any) => send("out", ev, ctx));
  },
};
