import { timingSafeEqual } from "node:crypto";
import { normalize, passes, inQuietHours, format } from "./normalize.js";

function readBody(req, limit = 256 * 1024) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on("data", (c) => {
      size += c.length;
      if (size > limit) { reject(new Error("body too large")); req.destroy(); return; }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function safeEqual(a, b) {
  const x = Buffer.from(a || "");
  const y = Buffer.from(b || "");
  return x.length === y.length && timingSafeEqual(x, y);
}

export default {
  id: "alert-relay",
  name: "Alert Relay",
  register(api) {
    const cfg = { sharedSecretEnv: "ALERT_RELAY_SECRET", minSeverity: "warning", ...api.pluginConfig };
    if (!cfg.target?.channel || !cfg.target?.to) {
      api.logger.warn("alert-relay: no target configured; set plugins.entries.alert-relay.config.target");
      return;
    }
    const secret = process.env[cfg.sharedSecretEnv];
    if (!secret) api.logger.warn(`alert-relay: ${cfg.sharedSecretEnv} not set; the endpoint will reject every request`);

    async function deliver(text) {
      const ch = api.runtime.channel[cfg.target.channel];
      if (!ch?.sendMessage) throw new Error(`channel ${cfg.target.channel} is not enabled in OpenClaw`);
      await ch.sendMessage(cfg.target.to, text);
    }

    api.registerHttpRoute({
      path: "/hooks/alert-relay",
      method: "POST",
      handler: async (req, res) => {
        if (!secret || !safeEqual(req.headers["x-alert-secret"], secret)) {
          res.statusCode = 401;
          return res.end("unauthorized");
        }
        let body;
        try { body = JSON.parse(await readBody(req)); } catch (e) {
          res.statusCode = 400;
          return res.end("bad json");
        }
        const alerts = normalize(body).filter((a) => passes(a, cfg.minSeverity));
        const quiet = inQuietHours(cfg.quietHours);
        let sent = 0;
        for (const a of alerts) {
          if (quiet && a.severity !== "critical") continue;
          await deliver(format(a));
          sent++;
        }
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ received: alerts.length, sent }));
      },
    });

    api.registerCommand({
      name: "alert-test",
      description: "Send a test alert to the configured chat",
      handler: async () => {
        await deliver("🔵 Alert Relay test: delivery works.");
        return { text: `Test alert sent to ${cfg.target.channel}:${cfg.target.to}` };
      },
    });
  },
};
