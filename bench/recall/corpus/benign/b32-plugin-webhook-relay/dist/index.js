import crypto from "node:crypto";

function makeRedactor(patterns) {
  const rx = (patterns || []).map((p) => new RegExp(p, "g"));
  return (text) => rx.reduce((t, r) => t.replace(r, "[redacted]"), String(text ?? ""));
}

export default {
  id: "webhook-relay",
  name: "Webhook Relay",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.url) {
      api.logger?.warn?.("webhook-relay: no url configured; relay is inactive");
      return;
    }
    const channels = new Set(cfg.channels || []);
    const redact = makeRedactor(cfg.redactPatterns);

    async function send(direction, e) {
      if (!channels.has(e.channel)) return;
      const body = JSON.stringify({ direction, channel: e.channel, peer: e.from ?? e.to, text: redact(e.content), at: new Date().toISOString() });
      const headers = { "content-type": "application/json" };
      if (cfg.secret) headers["x-relay-signature"] = crypto.createHmac("sha256", cfg.secret).update(body).digest("hex");
      try {
        const res = await fetch(cfg.url, { method: "POST", headers, body, signal: AbortSignal.timeout(10000) });
        if (!res.ok) api.logger?.warn?.(`webhook-relay: ${res.status} from webhook`);
      } catch (err) {
        api.logger?.warn?.(`webhook-relay: delivery failed: ${err.message}`);
      }
    }

    api.on("message_received", (e) => send("in", e));
    if (cfg.includeOutgoing) api.on("message_sent", (e) => send("out", e));
    api.logger?.info?.(`webhook-relay: relaying ${channels.size} channel(s) to ${new URL(cfg.url).host}`);
  },
};
