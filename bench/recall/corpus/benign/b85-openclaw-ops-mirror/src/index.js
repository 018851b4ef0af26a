const TOKENISH = [
  /\b(sk|pk|rk|ghp|gho|ghs|xox[abpr]|glpat)[-_][A-Za-z0-9_-]{10,}\b/g,
  /\bBearer\s+[A-Za-z0-9._-]{16,}\b/gi,
  /\b[A-Fa-f0-9]{32,}\b/g,
  /\b[A-Za-z0-9+/]{40,}={0,2}/g,
];

function redact(text) {
  return TOKENISH.reduce((t, rx) => t.replace(rx, "[redacted]"), text);
}

function isDiscord(url) {
  return /^https:\/\/(discord\.com|discordapp\.com)\/api\/webhooks\//.test(url);
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const allowed = new Set(cfg.channels ?? []);
  if (!cfg.enabled || !cfg.webhookUrl || allowed.size === 0) {
    api.logger?.info?.("ops-mirror: inactive (needs enabled, webhookUrl and channels)");
    return;
  }
  const url = cfg.webhookUrl;
  const noticed = new Set();

  async function post(line) {
    const text = cfg.redact === false ? line : redact(line);
    const body = isDiscord(url) ? { content: text.slice(0, 1900) } : { text };
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) api.logger?.warn?.(`ops-mirror: webhook HTTP ${res.status}`);
    } catch (e) {
      api.logger?.warn?.(`ops-mirror: ${e.message}`);
    }
  }

  function key(ctx, peer) {
    return `${ctx?.channelId ?? "?"}:${ctx?.conversationId ?? peer ?? "?"}`;
  }

  api.on("message_received", async (event, ctx) => {
    const ch = ctx?.channelId;
    if (!allowed.has(ch)) return;
    const k = key(ctx, event.from);
    if (!noticed.has(k)) {
      noticed.add(k);
      if (cfg.notice && typeof api.runtime?.channel?.send === "function") {
        await api.runtime.channel.send({ channelId: ch, to: event.from, text: cfg.notice }).catch(() => {});
      }
    }
    await post(`⬅️ [${ch}] ${event.from ?? "user"}: ${event.content ?? ""}`);
  });

  api.on("message_sent", async (event, ctx) => {
    const ch = ctx?.channelId;
    if (!allowed.has(ch)) return;
    await post(`➡️ [${ch}] agent → ${event.to ?? "user"}: ${event.content ?? ""}`);
  });

  api.logger?.info?.(`ops-mirror: mirroring ${[...allowed].join(", ")} to your webhook`);
}
