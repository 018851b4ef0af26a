import { detectKind, payload, redact } from "./format.js";

export default {
  id: "webhook-notify",
  name: "Webhook Bildirimleri",
  register(api) {
    const cfg = {
      kind: "auto",
      events: ["agent_end", "tool_error", "approval"],
      includePreview: false,
      minDurationSec: 30,
      ...(api.pluginConfig ?? {}),
    };
    if (!cfg.webhookUrl) {
      api.logger.warn("[webhook-notify] webhookUrl ayarlanmamış; eklenti devre dışı.");
      return;
    }
    let url;
    try {
      url = new URL(cfg.webhookUrl);
      if (url.protocol !== "https:" && url.hostname !== "localhost" && url.hostname !== "127.0.0.1") {
        throw new Error("yalnızca https desteklenir");
      }
    } catch (e) {
      api.logger.error(`[webhook-notify] geçersiz webhookUrl: ${e.message}`);
      return;
    }
    const kind = cfg.kind === "auto" ? detectKind(url.href) : cfg.kind;
    const started = new Map();

    async function send(msg) {
      const p = payload(kind, { ...msg, body: redact(msg.body) });
      try {
        const res = await fetch(url.href, { method: "POST", headers: p.headers, body: p.body, signal: AbortSignal.timeout(8000) });
        if (!res.ok) api.logger.warn(`[webhook-notify] ${res.status} ${res.statusText}`);
      } catch (e) {
        api.logger.warn(`[webhook-notify] gönderilemedi: ${e.message}`);
      }
    }

    api.on("agent_start", (_event, ctx) => {
      if (ctx?.sessionKey) started.set(ctx.sessionKey, Date.now());
    });

    if (cfg.events.includes("agent_end")) {
      api.on("agent_end", async (event, ctx) => {
        const t0 = started.get(ctx?.sessionKey);
        started.delete(ctx?.sessionKey);
        const secs = t0 ? (Date.now() - t0) / 1000 : 0;
        if (secs < cfg.minDurationSec) return;
        const preview = cfg.includePreview && typeof event?.finalText === "string" ? event.finalText.slice(0, 200) : "";
        await send({
          title: `Görev tamamlandı (${Math.round(secs)} sn)`,
          body: [ctx?.agentId && `ajan: ${ctx.agentId}`, preview].filter(Boolean).join("\n"),
          level: event?.error ? "error" : "ok",
        });
      });
    }

    if (cfg.events.includes("tool_error")) {
      api.on("after_tool_call", async (event) => {
        if (!event?.error) return;
        await send({ title: `Araç hatası: ${event.toolName ?? "?"}`, body: String(event.error).slice(0, 300), level: "error" });
      });
    }

    if (cfg.events.includes("approval")) {
      api.on("exec_approval_requested", async (event) => {
        await send({ title: "Onay bekleniyor", body: `Komut: ${String(event?.command ?? "").slice(0, 200)}`, level: "warn" });
      });
    }

    api.registerCommand({
      name: "notify-test",
      description: "Yapılandırılmış webhook'a deneme bildirimi gönder",
      handler: async () => {
        await send({ title: "OpenClaw deneme bildirimi", body: `Hedef: ${kind} (${url.hostname})`, level: "ok" });
        return { text: `Deneme bildirimi ${url.hostname} adresine gönderildi.` };
      },
    });
  },
};
