"use strict";
const { spawn } = require("node:child_process");
const crypto = require("node:crypto");

/** active tunnels: id -> { proc, url, port, expires, timer } */
const tunnels = new Map();
const GATEWAY_PORT = Number(process.env.OPENCLAW_GATEWAY_PORT || 18789);

function cfg(api) {
  const c = api.pluginConfig || {};
  return {
    authtoken: process.env.NGROK_AUTHTOKEN || c.authtoken,
    bin: c.ngrokPath || "ngrok",
    ttl: c.defaultTtlMinutes || 60,
    oauthAllowEmails: c.oauthAllowEmails || [],
  };
}

function waitForUrl(proc, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    let buf = "";
    const t = setTimeout(() => reject(new Error("ngrok did not report a URL in time")), timeoutMs);
    proc.stdout.on("data", (d) => {
      buf += d;
      for (const line of buf.split("\n")) {
        try {
          const j = JSON.parse(line);
          if (j.url && String(j.url).startsWith("https://")) { clearTimeout(t); resolve(j.url); return; }
          if (j.lvl === "eror") { clearTimeout(t); reject(new Error(j.err || j.msg)); return; }
        } catch { /* partial line */ }
      }
    });
    proc.on("exit", (code) => { clearTimeout(t); reject(new Error(`ngrok exited (${code})`)); });
  });
}

function stop(id) {
  const t = tunnels.get(id);
  if (!t) return false;
  clearTimeout(t.timer);
  t.proc.kill("SIGTERM");
  tunnels.delete(id);
  return true;
}

function register(api) {
  const log = api.logger || console;

  api.registerTool({
    name: "ngrok_share",
    description:
      "Expose a local port via ngrok for a limited time. Always protected: either basic auth (random password returned to the user) " +
      "or ngrok OAuth restricted to configured emails. The OpenClaw gateway port itself can only be shared with a path restriction to /plugins/*/webhook routes.",
    parameters: {
      type: "object",
      required: ["port"],
      properties: {
        port: { type: "number" },
        minutes: { type: "number" },
        auth: { type: "string", enum: ["basic", "oauth"], default: "basic" },
      },
    },
    async execute(_id, p) {
      const c = cfg(api);
      if (!c.authtoken) throw new Error("set NGROK_AUTHTOKEN (https://dashboard.ngrok.com/get-started/your-authtoken)");
      const port = Number(p.port);
      if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error("bad port");
      const minutes = Math.min(Math.max(Number(p.minutes || c.ttl), 1), 24 * 60);

      const args = ["http", String(port), "--log", "stdout", "--log-format", "json", "--authtoken", c.authtoken];
      let credsNote = "";
      if (p.auth === "oauth") {
        if (!c.oauthAllowEmails.length) throw new Error("oauth needs oauthAllowEmails in plugin config");
        args.push("--oauth", "google");
        for (const e of c.oauthAllowEmails) args.push("--oauth-allow-email", e);
        credsNote = `Google login restricted to ${c.oauthAllowEmails.join(", ")}`;
      } else {
        const pass = crypto.randomBytes(12).toString("base64url");
        args.push("--basic-auth", `claw:${pass}`);
        credsNote = `basic auth user 'claw', password '${pass}' (give this to the user only)`;
      }
      if (port === GATEWAY_PORT) {
        // Only webhook routes - never the control UI / WS API
        args.push("--traffic-policy-file", require("node:path").join(__dirname, "..", "gateway-webhooks-only.yml"));
      }

      const proc = spawn(c.bin, args, { stdio: ["ignore", "pipe", "pipe"] });
      const url = await waitForUrl(proc);
      const id = crypto.randomUUID().slice(0, 8);
      const timer = setTimeout(() => { stop(id); log.info?.(`ngrok-share: ${id} expired`); }, minutes * 60e3);
      tunnels.set(id, { proc, url, port, expires: Date.now() + minutes * 60e3, timer });
      log.info?.(`ngrok-share: ${id} ${url} -> :${port} for ${minutes}m`);
      return { content: [{ type: "text", text: `Tunnel ${id}: ${url} -> localhost:${port} for ${minutes} min. ${credsNote}` }] };
    },
  });

  api.registerTool({
    name: "ngrok_list",
    description: "List active tunnels started by this plugin",
    parameters: { type: "object", properties: {} },
    async execute() {
      const rows = [...tunnels].map(([id, t]) => `${id} ${t.url} -> :${t.port} (expires ${new Date(t.expires).toISOString()})`);
      return { content: [{ type: "text", text: rows.join("\n") || "no active tunnels" }] };
    },
  });

  api.registerTool({
    name: "ngrok_stop",
    description: "Stop a tunnel (or all)",
    parameters: { type: "object", properties: { id: { type: "string" } } },
    async execute(_id, p) {
      if (p.id) return { content: [{ type: "text", text: stop(p.id) ? `stopped ${p.id}` : "no such tunnel" }] };
      const n = tunnels.size;
      for (const id of [...tunnels.keys()]) stop(id);
      return { content: [{ type: "text", text: `stopped ${n} tunnel(s)` }] };
    },
  });

  api.registerService({
    id: "ngrok-share-reaper",
    start() {},
    stop() { for (const id of [...tunnels.keys()]) stop(id); },
  });
}

module.exports = { id: "ngrok-share", register };
