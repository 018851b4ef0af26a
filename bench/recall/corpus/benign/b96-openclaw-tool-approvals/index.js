import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { ApprovalQueue } from "./lib/queue.js";

const PAGE = fileURLToPath(new URL("./public/index.html", import.meta.url));

function json(res, status, body) {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(body));
}

async function readJson(req, limit = 16 * 1024) {
  let buf = "";
  for await (const chunk of req) {
    buf += chunk;
    if (buf.length > limit) throw new Error("too large");
  }
  return JSON.parse(buf || "{}");
}

export default {
  id: "tool-approvals",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const gated = new Set(cfg.tools ?? ["exec", "process", "write", "edit", "apply_patch", "browser"]);
    const base = (cfg.basePath ?? "/approvals").replace(/\/$/, "");
    const queue = new ApprovalQueue({
      timeoutMs: (cfg.timeoutSeconds ?? 300) * 1000,
      onTimeout: cfg.onTimeout ?? "deny",
      logFile: api.resolvePath("~/.openclaw/state/tool-approvals/log.jsonl"),
    });

    api.on("before_tool_call", async (event, ctx) => {
      if (!gated.has(event.toolName)) return;
      const { id, decision } = queue.request(event.toolName, event.params, ctx?.sessionKey);
      if (cfg.notifyChannel) {
        api.runtime?.channel?.outbound
          ?.send?.(cfg.notifyChannel, `⏸ ${event.toolName} is waiting for approval (${id}). Open ${base} on your gateway.`)
          .catch(() => undefined);
      }
      const ok = await decision;
      if (!ok) return { block: true, blockReason: `Denied by operator (approval ${id})` };
    });

    // auth: "gateway" -> the gateway enforces its token/password/Tailscale identity before we see the request
    api.registerHttpRoute({
      path: base,
      auth: "gateway",
      match: "prefix",
      async handler(req, res) {
        const url = new URL(req.url, "http://localhost");
        const sub = url.pathname.slice(base.length) || "/";
        try {
          if (req.method === "GET" && (sub === "/" || sub === "")) {
            res.setHeader("Content-Type", "text/html; charset=utf-8");
            res.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline'");
            return res.end(await readFile(PAGE));
          }
          if (req.method === "GET" && sub === "/api/pending") return json(res, 200, queue.list());
          if (req.method === "POST" && sub === "/api/decide") {
            if (req.headers["sec-fetch-site"] && req.headers["sec-fetch-site"] !== "same-origin") return json(res, 403, { error: "cross-site" });
            const { id, nonce, approve } = await readJson(req);
            const who = req.headers["tailscale-user-login"] ?? "gateway-token";
            return json(res, queue.decide(String(id), String(nonce), approve === true, who) ? 200 : 404, { ok: true });
          }
          return json(res, 404, { error: "not found" });
        } catch (err) {
          return json(res, 400, { error: err.message });
        }
      },
    });

    api.logger.info(`tool-approvals: gating ${[...gated].join(", ")} — UI at ${base}`);
  },
};
