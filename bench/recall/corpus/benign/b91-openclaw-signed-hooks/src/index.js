"use strict";
const { verify } = require("./verify");

const MAX = 256 * 1024;
const seen = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    let n = 0; const parts = [];
    req.on("data", (c) => { n += c.length; if (n > MAX) { reject(new Error("too large")); req.destroy(); } else parts.push(c); });
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    req.on("error", reject);
  });
}

function summarise(source, payload, headers) {
  if (headers["x-github-event"]) {
    const ev = headers["x-github-event"];
    const repo = payload.repository?.full_name ?? "?";
    if (ev === "push") return `${repo}: ${payload.commits?.length ?? 0} commit(s) pushed to ${payload.ref} by ${payload.pusher?.name}`;
    if (ev === "pull_request") return `${repo}: PR #${payload.number} ${payload.action} - "${payload.pull_request?.title}"`;
    if (ev === "issues") return `${repo}: issue #${payload.issue?.number} ${payload.action} - "${payload.issue?.title}"`;
    return `${repo}: ${ev}`;
  }
  const s = JSON.stringify(payload);
  return s.length > 500 ? s.slice(0, 500) + "…" : s;
}

module.exports = {
  id: "signed-hooks",
  name: "Signed Hooks",
  register(api) {
    const sources = api.pluginConfig?.sources ?? {};
    if (!Object.keys(sources).length) {
      api.logger.info("signed-hooks: no sources configured, route not registered");
      return;
    }

    api.registerHttpRoute({
      path: "/plugins/signed-hooks",
      async handler(req, res) {
        const reply = (code, msg) => { res.statusCode = code; res.setHeader("content-type", "text/plain"); res.end(msg); };
        if (req.method !== "POST") return reply(405, "POST only");
        const source = new URL(req.url, "http://x").pathname.split("/").filter(Boolean).pop();
        const src = sources[source];
        if (!src) return reply(404, "unknown source");
        const secret = process.env[src.secretEnv];
        if (!secret) return reply(503, "source secret not set");

        let body;
        try { body = await readBody(req); } catch { return reply(413, "too large"); }
        const err = verify({
          secret,
          body,
          header: req.headers[(src.header || "x-hub-signature-256").toLowerCase()],
          timestamp: req.headers["x-webhook-timestamp"],
        });
        if (err) { api.logger.warn(`signed-hooks: rejected ${source}: ${err}`); return reply(401, err); }

        const id = req.headers["x-github-delivery"] || req.headers["x-webhook-id"];
        if (id) { if (seen.has(id)) return reply(200, "duplicate"); seen.set(id, Date.now()); if (seen.size > 1000) seen.delete(seen.keys().next().value); }

        let payload; try { payload = JSON.parse(body); } catch { payload = { text: body.slice(0, 500) }; }
        const summary = summarise(source, payload, req.headers);
        const text = (src.template || "Webhook from {source}: {summary}").replace("{source}", source).replace("{summary}", summary);
        // Delivered as untrusted event text; the agent is told it came from a webhook.
        api.runtime.system.enqueueSystemEvent(`[untrusted webhook content] ${text}`, { sessionKey: src.sessionKey || "main" });
        api.runtime.system.requestHeartbeatNow?.();
        reply(202, "accepted");
      },
    });
  },
};
