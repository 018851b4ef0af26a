"use strict";
const { verify, readRaw } = require("./verify");
const { summarize } = require("./summarize");

module.exports = {
  id: "github-webhooks",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.secret || cfg.secret.length < 16) {
      api.logger.error("[github-webhooks] a webhook secret of at least 16 chars is required; route not registered");
      return;
    }
    const wanted = new Set([...(cfg.events || ["pull_request", "issues", "workflow_run", "release"]), "ping"]);
    const seen = new Set();
    const recent = [];

    api.registerHttpRoute({
      path: cfg.path || "/hooks/github",
      auth: "plugin", // we authenticate every request ourselves with the HMAC signature
      async handler(req, res) {
        const reply = (code, msg) => { res.statusCode = code; res.setHeader("content-type", "text/plain"); res.end(msg); };
        if (req.method !== "POST") return reply(405, "method not allowed");
        let raw;
        try { raw = await readRaw(req); } catch (e) { return reply(e.status || 400, e.message); }
        if (!verify(cfg.secret, raw, req.headers["x-hub-signature-256"])) {
          api.logger.warn("[github-webhooks] rejected request with bad signature");
          return reply(401, "bad signature");
        }
        const id = req.headers["x-github-delivery"];
        if (id && seen.has(id)) return reply(200, "duplicate");
        if (id) { seen.add(id); if (seen.size > 1000) seen.delete(seen.values().next().value); }
        const event = String(req.headers["x-github-event"] || "");
        if (!wanted.has(event)) return reply(202, "ignored");
        let payload;
        try { payload = JSON.parse(raw.toString("utf8")); } catch { return reply(400, "bad json"); }
        const text = summarize(event, payload);
        reply(202, "accepted");
        if (!text) return;
        recent.push(`${new Date().toISOString()} ${text}`);
        if (recent.length > 30) recent.shift();
        // Hand a plain-text summary to the agent as a system event; payload content is data, not instructions.
        api.runtime?.system?.enqueueSystemEvent?.(`[GitHub] ${text}`, { sessionKey: cfg.notify });
      },
    });

    api.registerCommand({
      name: "github-events",
      description: "Recent GitHub webhook events",
      handler: () => ({ text: recent.slice(-10).join("\n") || "No events yet." }),
    });
  },
};
