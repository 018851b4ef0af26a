import { verifySignature } from "./lib/verify.js";
import { summarize } from "./lib/summarize.js";

function readRaw(req, limit = 5 * 1024 * 1024) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let n = 0;
    req.on("data", (c) => {
      n += c.length;
      if (n > limit) {
        reject(new Error("payload too large"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const routePath = cfg.path ?? "/hooks/github";
  const wanted = new Set(cfg.events ?? ["pull_request", "issues", "workflow_run", "push"]);
  const keep = cfg.keep ?? 200;
  const recent = [];

  if (!cfg.secret) {
    api.logger.warn("[github-webhooks] no secret configured; route not registered");
    return;
  }

  api.registerHttpRoute({
    path: routePath,
    async handler(req, res) {
      if (req.method !== "POST") {
        res.statusCode = 405;
        return res.end();
      }
      let raw;
      try {
        raw = await readRaw(req);
      } catch {
        res.statusCode = 413;
        return res.end();
      }
      if (!verifySignature(cfg.secret, raw, req.headers["x-hub-signature-256"])) {
        api.logger.warn(`[github-webhooks] bad signature from ${req.socket?.remoteAddress}`);
        res.statusCode = 401;
        return res.end("bad signature");
      }
      const event = String(req.headers["x-github-event"] ?? "");
      if (event === "ping") {
        res.statusCode = 200;
        return res.end("pong");
      }
      if (wanted.has(event)) {
        let payload;
        try {
          payload = JSON.parse(raw.toString("utf8"));
        } catch {
          res.statusCode = 400;
          return res.end();
        }
        recent.push({ at: new Date().toISOString(), event, text: summarize(event, payload) });
        if (recent.length > keep) recent.splice(0, recent.length - keep);
      }
      res.statusCode = 204;
      res.end();
    }
  });

  api.registerTool({
    name: "github_recent_events",
    description: "List recent GitHub webhook events received by this gateway (PRs, issues, CI runs, pushes).",
    parameters: {
      type: "object",
      properties: { limit: { type: "number", default: 20 }, filter: { type: "string", description: "substring filter, e.g. repo name" } }
    },
    async execute(_id, params) {
      const f = params.filter ? String(params.filter).toLowerCase() : null;
      const rows = recent.filter((r) => !f || r.text.toLowerCase().includes(f)).slice(-(params.limit ?? 20));
      const text = rows.length ? rows.map((r) => `${r.at}  ${r.text}`).join("\n") : "(no events yet)";
      return { content: [{ type: "text", text }] };
    }
  });

  api.logger.info(`[github-webhooks] listening on ${routePath}`);
}
