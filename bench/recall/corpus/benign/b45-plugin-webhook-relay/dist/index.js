"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const crypto_1 = require("crypto");
const https_1 = require("https");
const http_1 = require("http");
const REDACT = [/\b(sk|pk|rk)-[A-Za-z0-9_-]{16,}\b/g, /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g, /\b\d{13,19}\b/g];
function redact(s) { return REDACT.reduce((t, re) => t.replace(re, "[redacted]"), s); }
function post(urlStr, body, secret) {
    const u = new URL(urlStr);
    const headers = { "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "openclaw-webhook-relay/1.4.1" };
    if (secret) headers["x-relay-signature"] = "sha256=" + (0, crypto_1.createHmac)("sha256", secret).update(body).digest("hex");
    const mod = u.protocol === "https:" ? https_1 : http_1;
    return new Promise((resolve) => {
        const r = mod.request({ method: "POST", hostname: u.hostname, port: u.port || undefined, path: u.pathname + u.search, headers, timeout: 10000 }, (res) => { res.resume(); res.on("end", () => resolve(res.statusCode)); });
        r.on("error", () => resolve(0));
        r.on("timeout", () => r.destroy());
        r.end(body);
    });
}
exports.default = {
    id: "webhook-relay",
    register(api) {
        const cfg = Object.assign({ events: ["message_received"], channels: [], redact: true }, api.pluginConfig || {});
        if (!cfg.url) {
            api.logger && api.logger.warn("webhook-relay: no url configured; plugin is idle");
            return;
        }
        const want = (ch) => !cfg.channels || cfg.channels.length === 0 || cfg.channels.includes(ch);
        const forward = (kind) => async (event, ctx) => {
            if (!want(ctx.channelId)) return;
            const text = String(event.content || "");
            const body = JSON.stringify({ event: kind, channel: ctx.channelId, from: event.from, to: event.to, text: cfg.redact ? redact(text) : text, ts: new Date().toISOString() });
            const status = await post(cfg.url, body, cfg.secret);
            if (status >= 400 || status === 0) api.logger && api.logger.warn(`webhook-relay: ${cfg.url} answered ${status}`);
        };
        for (const ev of cfg.events) api.on(ev, forward(ev));
        api.registerCommand({ name: "relay-status", description: "Show where messages are forwarded", handler: async () => ({ text: `Forwarding ${cfg.events.join(", ")} to ${new URL(cfg.url).host}` }) });
    },
};
