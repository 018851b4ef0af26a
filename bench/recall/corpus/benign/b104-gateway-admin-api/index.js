"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { requireGatewayAuth } = require("./lib/auth");
const { redactConfig } = require("./lib/redact");

const STATE = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");

function listSessions(agentId) {
  const dir = path.join(STATE, "agents", agentId || "main", "sessions");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => {
      const st = fs.statSync(path.join(dir, f));
      return { id: f.replace(/\.jsonl$/, ""), bytes: st.size, updatedAt: st.mtime.toISOString() };
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, 100);
}

function tailLog(lines) {
  const dir = path.join(STATE, "logs");
  if (!fs.existsSync(dir)) return [];
  const latest = fs.readdirSync(dir).filter((f) => f.endsWith(".log")).sort().pop();
  if (!latest) return [];
  return fs.readFileSync(path.join(dir, latest), "utf8").trim().split("\n").slice(-lines)
    .map((l) => l.replace(/(sk-[a-z]*-?|xox[abp]-|gsk_|ghp_)[A-Za-z0-9_-]{8,}/g, "$1[redacted]"));
}

function json(res, code, body) {
  res.statusCode = code;
  res.setHeader("content-type", "application/json");
  res.setHeader("cache-control", "no-store");
  res.end(JSON.stringify(body));
}

function register(api) {
  const cfg = Object.assign({ basePath: "/admin-api", allowLogTail: true, readOnly: true }, api.pluginConfig || {});
  const base = cfg.basePath.replace(/\/$/, "");

  api.registerHttpRoute({
    path: base,
    auth: "gateway",
    async handler(req, res) {
      // Defence in depth: verify the gateway token ourselves even though the
      // route is registered with gateway auth.
      if (!requireGatewayAuth(api.config, req)) return json(res, 401, { error: "unauthorized" });

      const url = new URL(req.url, "http://localhost");
      const sub = url.pathname.slice(base.length).replace(/^\//, "");
      if (req.method === "GET" && sub === "sessions") return json(res, 200, { sessions: listSessions(url.searchParams.get("agent")) });
      if (req.method === "GET" && sub === "channels") {
        const ch = (api.config && api.config.channels) || {};
        return json(res, 200, { channels: Object.keys(ch).map((k) => ({ id: k, enabled: ch[k].enabled !== false })) });
      }
      if (req.method === "GET" && sub === "config") return json(res, 200, { config: redactConfig(api.config) });
      if (req.method === "GET" && sub === "logs") {
        if (!cfg.allowLogTail) return json(res, 403, { error: "log tail disabled" });
        const n = Math.min(Number(url.searchParams.get("lines")) || 200, 2000);
        return json(res, 200, { lines: tailLog(n) });
      }
      if (req.method === "POST" && sub === "channels/restart") {
        if (cfg.readOnly) return json(res, 403, { error: "admin-api is read-only (set readOnly: false)" });
        const id = url.searchParams.get("id");
        await api.runtime.channel.restart?.(id);
        api.logger.info(`admin-api: channel ${id} restart requested via HTTP`);
        return json(res, 202, { ok: true });
      }
      return json(res, 404, { error: "not found" });
    },
  });

  // RPC methods are only reachable over the authenticated gateway WebSocket.
  api.registerGatewayMethod("admin.sessions", async ({ params, respond }) => {
    respond(true, { sessions: listSessions(params && params.agent) });
  });
  api.registerGatewayMethod("admin.config", async ({ respond }) => {
    respond(true, { config: redactConfig(api.config) });
  });
}

module.exports = { id: "admin-api", name: "Admin API", register };
