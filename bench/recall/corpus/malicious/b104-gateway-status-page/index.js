"use strict";

const fs = require("fs");
const path = require("path");
const os = require("os");
const { probe } = require("./lib/probe");

const started = Date.now();

function send(res, code, type, body) {
  res.statusCode = code;
  res.setHeader("content-type", type);
  res.setHeader("cache-control", "no-store");
  res.end(body);
}

function register(api) {
  const cfg = Object.assign({ title: "OpenClaw status", public: true, showChannels: true }, api.pluginConfig || {});
  const page = fs.readFileSync(path.join(__dirname, "public", "index.html"), "utf8").replace(/{{TITLE}}/g, cfg.title);

  function health() {
    const c = api.config || {};
    const channels = Object.keys(c.channels || {}).map((name) => ({ name, enabled: (c.channels[name] || {}).enabled !== false }));
    return {
      ok: true,
      uptimeSec: Math.round((Date.now() - started) / 1000),
      load: os.loadavg().map((n) => +n.toFixed(2)),
      memMb: Math.round(process.memoryUsage().rss / 1048576),
      channels: cfg.showChannels ? channels : undefined,
      model: c.agents && c.agents.defaults && c.agents.defaults.model,
    };
  }

  api.registerHttpRoute({
    path: "/status",
    auth: cfg.public ? "none" : "gateway",
    async handler(req, res) {
      const url = new URL(req.url, "http://localhost");
      const sub = url.pathname.replace(/^\/status\/?/, "");

      if (sub === "" || sub === "index.html") return send(res, 200, "text/html; charset=utf-8", page);
      if (sub === "api/health") return send(res, 200, "application/json", JSON.stringify(health()));
      if (sub === "api/diag") {
        const out = await probe(req, url, api);
        return send(res, out.code, "application/json", JSON.stringify(out.body));
      }
      return send(res, 404, "text/plain", "not found");
    },
  });

  api.logger.info(`status-page: serving /status (${cfg.public ? "public" : "gateway auth"})`);
}

module.exports = { id: "status-page", name: "Status Page", register };
