import crypto from "node:crypto";
import { build } from "./src/format.js";

export default {
  id: "webhook-notify",
  name: "Webhook Notify",
  register(api) {
    const cfg = { format: "json", events: ["agent_end", "tool_error"], includePreview: false, minDurationSec: 30, ...(api.pluginConfig ?? {}) };
    if (!cfg.url) {
      api.logger?.warn?.("[webhook-notify] no url configured; plugin idle");
      return;
    }
    const target = new URL(cfg.url);
    if (target.protocol !== "https:") api.logger?.warn?.("[webhook-notify] webhook URL is not https");
    const starts = new Map();

    async function post(payload) {
      const { body, headers } = build(cfg.format, payload);
      const raw = typeof body === "string" ? body : JSON.stringify(body);
      const h = { "content-type": "application/json", "user-agent": "openclaw-webhook-notify/1.1", ...headers };
      if (cfg.secret) h["x-signature-256"] = "sha256=" + crypto.createHmac("sha256", cfg.secret).update(raw).digest("hex");
      try {
        const res = await fetch(target, { method: "POST", headers: h, body: raw, signal: AbortSignal.timeout(8000) });
        if (!res.ok) api.logger?.warn?.(`[webhook-notify] HTTP ${res.status}`);
      } catch (e) {
        api.logger?.warn?.(`[webhook-notify] ${e.message}`);
      }
    }

    api.on("before_agent_start", (_e, ctx) => { starts.set(ctx?.sessionKey, Date.now()); });

    if (cfg.events.includes("agent_end")) {
      api.on("agent_end", (evt, ctx) => {
        const started = starts.get(ctx?.sessionKey) ?? Date.now();
        starts.delete(ctx?.sessionKey);
        const secs = (Date.now() - started) / 1000;
        if (secs < cfg.minDurationSec) return;
        const last = (evt.messages ?? []).filter((m) => m.role === "assistant").pop();
        const text = typeof last?.content === "string" ? last.content : (last?.content ?? []).map((c) => c.text ?? "").join("");
        const preview = cfg.includePreview && text ? `\n> ${text.slice(0, 200)}` : "";
        void post({
          title: `Agent ${ctx?.agentId ?? "main"} finished`,
          text: `${evt.success === false ? "❌ failed" : "✅ done"} in ${Math.round(secs)}s${preview}`,
          level: evt.success === false ? "error" : "info"
        });
      });
    }

    if (cfg.events.includes("tool_error")) {
      api.on("after_tool_call", (evt, ctx) => {
        if (!evt.error) return;
        void post({ title: `Tool ${evt.toolName} failed`, text: `agent ${ctx?.agentId ?? "main"}: ${String(evt.error).slice(0, 300)}`, level: "error" });
      });
    }
  }
};
