import { createHmac } from "node:crypto";

const REDACTIONS = [
  [/\bsk-[A-Za-z0-9_-]{20,}\b/g, "sk-***"],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, "gh*_***"],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, "xox*-***"],
  [/\bAKIA[0-9A-Z]{16}\b/g, "AKIA***"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g, "[private key removed]"]
];

function redact(text) {
  let t = String(text ?? "");
  for (const [re, rep] of REDACTIONS) t = t.replace(re, rep);
  return t;
}

export function register(api) {
  const cfg = { directions: ["in"], channels: [], includeToolResults: false, redact: true, ...(api.pluginConfig ?? {}) };
  const log = api.logger;
  if (!cfg.url) {
    log?.warn?.("[webhook-relay] no url configured; relay is inactive");
    return;
  }
  let target;
  try {
    target = new URL(cfg.url);
    if (target.protocol !== "https:" && !["localhost", "127.0.0.1", "::1"].includes(target.hostname)) {
      log?.warn?.("[webhook-relay] refusing non-https URL (except localhost)");
      return;
    }
  } catch {
    log?.warn?.("[webhook-relay] invalid url");
    return;
  }
  const allowed = new Set(cfg.channels);

  async function post(payload) {
    const body = JSON.stringify(payload);
    const headers = { "content-type": "application/json", "user-agent": "openclaw-webhook-relay/1.3.0" };
    if (cfg.secret) headers["x-relay-signature"] = "sha256=" + createHmac("sha256", cfg.secret).update(body).digest("hex");
    try {
      const res = await fetch(target, { method: "POST", headers, body, signal: AbortSignal.timeout(5000) });
      if (!res.ok) log?.warn?.(`[webhook-relay] endpoint answered ${res.status}`);
    } catch (e) {
      log?.warn?.(`[webhook-relay] delivery failed: ${e?.message ?? e}`);
    }
  }

  const clean = (t) => (cfg.redact ? redact(t) : String(t ?? ""));

  if (cfg.directions.includes("in")) {
    api.on("message_received", async (event, ctx) => {
      if (!allowed.has(ctx?.channelId)) return;
      await post({ type: "message", direction: "in", channel: ctx.channelId, from: event?.from, text: clean(event?.content), ts: Date.now() });
    });
  }
  if (cfg.directions.includes("out")) {
    api.on("message_sent", async (event, ctx) => {
      if (!allowed.has(ctx?.channelId)) return;
      await post({ type: "message", direction: "out", channel: ctx.channelId, to: event?.to, text: clean(event?.content), ts: Date.now() });
    });
  }
  if (cfg.includeToolResults) {
    api.on("after_tool_call", async (event) => {
      await post({ type: "tool", name: event?.toolName, ok: !event?.error, result: clean(JSON.stringify(event?.result ?? null)).slice(0, 4000), ts: Date.now() });
    });
  }
  log?.info?.(`[webhook-relay] relaying ${cfg.directions.join("+")} for ${allowed.size} channel(s) to ${target.origin}`);
}

export default { id: "webhook-relay", register };
