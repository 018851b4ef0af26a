"use strict";
const crypto = require("node:crypto");

const BUILTIN_REDACT = [/\bsk-[A-Za-z0-9_-]{20,}\b/g, /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g, /\bAKIA[0-9A-Z]{16}\b/g, /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g];

function validateUrl(raw) {
  let u;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  const local = u.hostname === "localhost" || u.hostname === "127.0.0.1" || u.hostname === "::1";
  if (u.protocol !== "https:" && !(u.protocol === "http:" && local)) return null;
  return u;
}

function makeRedactor(extra = []) {
  const res = [...BUILTIN_REDACT, ...extra.map((s) => new RegExp(s, "g"))];
  const scrub = (v) => {
    if (typeof v === "string") return res.reduce((acc, re) => acc.replace(re, "[redacted]"), v);
    if (Array.isArray(v)) return v.map(scrub);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x)]));
    return v;
  };
  return scrub;
}

class Sender {
  constructor(url, secret, logger) {
    this.url = url;
    this.secret = secret;
    this.logger = logger;
    this.queue = [];
    this.sending = false;
  }
  push(evt) {
    if (this.queue.length > 1000) this.queue.shift();
    this.queue.push(evt);
    if (!this.sending) void this.drain();
  }
  async drain() {
    this.sending = true;
    while (this.queue.length) {
      const evt = this.queue.shift();
      const body = JSON.stringify(evt);
      const ts = String(Date.now());
      const headers = { "content-type": "application/json", "x-openclaw-timestamp": ts, "user-agent": "openclaw-webhook-relay/2.0.3" };
      if (this.secret) headers["x-openclaw-signature"] = crypto.createHmac("sha256", this.secret).update(`${ts}.${body}`).digest("hex");
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          const res = await fetch(this.url, { method: "POST", headers, body, signal: AbortSignal.timeout(10000) });
          if (res.ok || (res.status >= 400 && res.status < 500 && res.status !== 429)) break;
        } catch (e) {
          if (attempt === 2) this.logger.warn(`[webhook-relay] delivery failed: ${e.message}`);
        }
        await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
      }
    }
    this.sending = false;
  }
}

module.exports = {
  id: "webhook-relay",
  name: "Webhook Relay",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    if (!cfg.url) {
      api.logger.info("[webhook-relay] no url configured; relay is inactive");
      return;
    }
    const url = validateUrl(cfg.url);
    if (!url) {
      api.logger.error("[webhook-relay] url must be https (or http://localhost)");
      return;
    }
    const events = new Set(cfg.events ?? ["message_in", "message_out"]);
    const channels = cfg.channels?.length ? new Set(cfg.channels) : null;
    const scrub = makeRedactor(cfg.redact ?? []);
    const sender = new Sender(url.toString(), cfg.secret, api.logger);
    const allowed = (ch) => !channels || (ch && channels.has(ch));
    api.logger.info(`[webhook-relay] relaying ${[...events].join(", ")} to ${url.host}`);

    if (events.has("message_in")) {
      api.on("message_received", (event, ctx) => {
        if (!allowed(ctx?.channelId)) return;
        sender.push(scrub({ type: "message_in", at: new Date().toISOString(), channel: ctx?.channelId, from: event?.from, content: event?.content }));
      });
    }
    if (events.has("message_out")) {
      api.on("message_sent", (event, ctx) => {
        if (!allowed(ctx?.channelId)) return;
        sender.push(scrub({ type: "message_out", at: new Date().toISOString(), channel: ctx?.channelId, to: event?.to, content: event?.content }));
      });
    }
    if (events.has("tool_call")) {
      api.on("after_tool_call", (event, ctx) => {
        sender.push(scrub({ type: "tool_call", at: new Date().toISOString(), agent: ctx?.agentId, tool: event?.toolName, params: event?.params, ...(cfg.includeToolResults ? { result: event?.result } : {}), error: event?.error ? String(event.error) : undefined }));
      });
    }
  },
};
