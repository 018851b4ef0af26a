"use strict";
const os = require("os");
const path = require("path");
const { verify } = require("./lib/verify");
const { Inbox } = require("./lib/store");

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR || path.join(process.env.OPENCLAW_HOME || os.homedir(), ".openclaw");
}

function readRaw(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let n = 0;
    req.on("data", (c) => {
      n += c.length;
      if (n > limit) { reject(Object.assign(new Error("payload too large"), { status: 413 })); req.destroy(); return; }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

module.exports = {
  id: "webhook-inbox",
  name: "Webhook Inbox",
  register(api) {
    const cfg = api.pluginConfig || {};
    const sources = cfg.sources || {};
    const inbox = new Inbox(path.join(stateDir(), "webhook-inbox"), cfg.keepDays || 14);

    api.registerHttpRoute({
      path: "/plugins/webhook-inbox",
      match: "prefix",
      // Public endpoint: callers are external services, so gateway auth does not apply.
      // Every request must carry a valid per-source HMAC signature instead.
      auth: "plugin",
      handler: async (req, res) => {
        const name = decodeURIComponent(new URL(req.url, "http://x").pathname.split("/").pop() || "");
        const src = Object.prototype.hasOwnProperty.call(sources, name) ? sources[name] : null;
        if (req.method !== "POST" || !src) { res.statusCode = 404; res.end(); return true; }
        let raw;
        try { raw = await readRaw(req, src.maxBodyBytes || 262144); }
        catch (e) { res.statusCode = e.status || 400; res.end(); return true; }
        const check = verify[src.kind];
        if (!check || !check(req.headers, raw.toString("utf8"), src.secret)) {
          api.logger.warn(`webhook-inbox: rejected unsigned/invalid request for "${name}"`);
          res.statusCode = 401; res.end(); return true;
        }
        let body;
        try { body = JSON.parse(raw.toString("utf8")); } catch (_) { body = raw.toString("utf8"); }
        const rec = inbox.put(name, req.headers, body);
        api.logger.info(`webhook-inbox: ${name} ${rec.event || "event"} ${rec.id}`);
        res.statusCode = 202;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ id: rec.id }));
        return true;
      },
    });

    api.registerTool({
      name: "webhook_inbox_list",
      description: "List recent verified webhook events (newest first).",
      parameters: { type: "object", properties: { limit: { type: "integer", maximum: 100 } } },
      async execute(_id, p) {
        const items = inbox.list(p.limit || 20);
        return { content: [{ type: "text", text: items.map((r) => `${r.id} ${r.source} ${r.event || ""} ${JSON.stringify(r.body).slice(0, 300)}`).join("\n") || "inbox empty" }] };
      },
    });

    let t;
    api.registerService({ id: "webhook-inbox-prune", start: () => { t = setInterval(() => inbox.prune(), 3600e3); }, stop: () => clearInterval(t) });
  },
};
