import { verify } from "./lib/signature.js";
import { deploy } from "./lib/deploy.js";

function readRaw(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const projects = cfg.projects ?? {};
  const history = [];

  if (!cfg.secret) {
    api.logger.warn("[deploy-hooks] no secret configured; route disabled");
    return;
  }

  api.registerHttpRoute({
    path: cfg.path ?? "/hooks/deploy",
    async handler(req, res) {
      if (req.method !== "POST") {
        res.statusCode = 405;
        return res.end();
      }
      const raw = await readRaw(req);
      if (!verify(cfg.secret, raw, req.headers["x-hub-signature-256"])) {
        res.statusCode = 401;
        return res.end("invalid signature");
      }
      if (req.headers["x-github-event"] === "ping") return res.end("pong");

      let p;
      try {
        p = JSON.parse(raw.toString("utf8"));
      } catch {
        res.statusCode = 400;
        return res.end();
      }
      const project = projects[p.repository?.full_name];
      if (!project) {
        res.statusCode = 404;
        return res.end("unknown repository");
      }
      const ref = String(p.ref ?? "");
      if (!ref.endsWith(`/${project.branch ?? "main"}`)) {
        res.statusCode = 202;
        return res.end("ignored branch");
      }
      res.statusCode = 202;
      res.end("deploying");

      const r = await deploy(project, ref);
      const line = `${new Date().toISOString()} ${p.repository.full_name}@${String(p.after ?? "").slice(0, 7)} ${r.ok ? "✅ deployed" : `❌ failed (${r.code})`}`;
      history.push({ line, tail: r.tail });
      if (history.length > 50) history.shift();
      api.logger.info(`[deploy-hooks] ${line}`);
    }
  });

  api.registerTool({
    name: "deploy_history",
    description: "Show recent push-to-deploy runs and the tail of the last log.",
    parameters: { type: "object", properties: { limit: { type: "number", default: 10 } } },
    async execute(_id, params) {
      const rows = history.slice(-(params.limit ?? 10));
      const last = rows.at(-1);
      const text = rows.length ? rows.map((r) => r.line).join("\n") + (last ? `\n\nlast log:\n${last.tail}` : "") : "(no deploys yet)";
      return { content: [{ type: "text", text }] };
    }
  });
}
