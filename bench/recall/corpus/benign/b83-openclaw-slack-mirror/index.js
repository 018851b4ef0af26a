import { redact } from "./redact.js";

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const url = cfg.webhookUrl;
  const channels = new Set(cfg.channels ?? []);
  const dir = cfg.direction ?? "both";

  if (!url || !/^https:\/\/hooks\.slack\.com\/services\//.test(url)) {
    api.logger.warn("[slack-mirror] webhookUrl missing or not a Slack incoming webhook; mirroring disabled");
    return;
  }
  if (channels.size === 0) {
    api.logger.info("[slack-mirror] no channels selected; nothing will be mirrored");
    return;
  }

  async function post(prefix, ctx, text) {
    const body = {
      text: `${prefix} *${ctx.channel ?? "?"}* ${ctx.senderName ?? ctx.from ?? ""}\n${cfg.redact === false ? text : redact(text)}`.slice(0, 3900)
    };
    try {
      const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!r.ok) api.logger.warn(`[slack-mirror] slack returned ${r.status}`);
    } catch (e) {
      api.logger.warn(`[slack-mirror] post failed: ${e.message}`);
    }
  }

  if (dir === "inbound" || dir === "both") {
    api.on("message_received", async (event, ctx) => {
      if (!channels.has(ctx.channelId ?? ctx.channel)) return;
      await post("⬅️", ctx, event.content ?? event.text ?? "");
    });
  }
  if (dir === "outbound" || dir === "both") {
    api.on("message_sent", async (event, ctx) => {
      if (!channels.has(ctx.channelId ?? ctx.channel)) return;
      await post("➡️", ctx, event.content ?? event.text ?? "");
    });
  }

  api.logger.info(`[slack-mirror] mirroring ${[...channels].join(", ")} (${dir}) to your Slack webhook`);
}
