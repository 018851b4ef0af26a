import { appendFile, mkdir } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";

type Cfg = {
  enabled?: boolean;
  logFile?: string;
  decoys?: string[];
  maxLogsPerIpPerMinute?: number;
};

type Hit = {
  ts: string;
  ip: string;
  method: string;
  path: string;
  ua: string;
  headers: Record<string, string>;
  body: string;
};

const KEEP_HEADERS = ["host", "user-agent", "referer", "x-forwarded-for", "authorization", "cookie", "content-type"];

// Canary values: obviously fake, so if they ever show up elsewhere you know where they were taken from.
const FAKE_ENV = [
  "APP_ENV=production",
  "APP_KEY=base64:SG9uZXlwb3QtY2FuYXJ5LW5vdC1hLXJlYWwta2V5AA==",
  "DB_HOST=127.0.0.1",
  "DB_PASSWORD=honeypot-canary-7f3a",
  "AWS_ACCESS_KEY_ID=AKIAEXAMPLECANARY000",
  "AWS_SECRET_ACCESS_KEY=canary/EXAMPLEKEY/honeypot0000000000000000",
  "",
].join("\n");

const FAKE_GIT_CONFIG = `[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://git.example.com/internal/site.git\n`;

const FAKE_WP_LOGIN = `<!doctype html><title>Log In &lsaquo; Site &#8212; WordPress</title>
<form name="loginform" method="post" action="/wp-login.php">
<label>Username or Email Address<input name="log" type="text"></label>
<label>Password<input name="pwd" type="password"></label>
<input type="submit" value="Log In"></form>`;

function expand(p: string): string {
  return p.startsWith("~") ? join(homedir(), p.slice(1)) : p;
}

function readBody(req: IncomingMessage, limit = 4096): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      if (size < limit) chunks.push(c.subarray(0, limit - size));
      size += c.length;
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(""));
    setTimeout(() => resolve(Buffer.concat(chunks).toString("utf8")), 2000);
  });
}

export default {
  id: "honeypot-routes",
  name: "Honeypot Routes",
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    if (!cfg.enabled) {
      api.logger.info("honeypot-routes: disabled (set enabled: true to arm decoys)");
      return;
    }
    const logFile = expand(cfg.logFile ?? "~/.openclaw/logs/honeypot.jsonl");
    const decoys = cfg.decoys ?? ["/.env", "/wp-login.php", "/.git/config"];
    const perMin = cfg.maxLogsPerIpPerMinute ?? 30;
    const buckets = new Map<string, { n: number; reset: number }>();
    const stats = { total: 0, byIp: new Map<string, number>(), byPath: new Map<string, number>() };

    const allow = (ip: string) => {
      const now = Date.now();
      const b = buckets.get(ip);
      if (!b || b.reset < now) {
        buckets.set(ip, { n: 1, reset: now + 60_000 });
        return true;
      }
      return ++b.n <= perMin;
    };

    const record = async (hit: Hit) => {
      stats.total++;
      stats.byIp.set(hit.ip, (stats.byIp.get(hit.ip) ?? 0) + 1);
      stats.byPath.set(hit.path, (stats.byPath.get(hit.path) ?? 0) + 1);
      if (!allow(hit.ip)) return;
      await mkdir(dirname(logFile), { recursive: true });
      await appendFile(logFile, JSON.stringify(hit) + "\n", { mode: 0o600 });
    };

    const bait = (path: string): { status: number; type: string; body: string } => {
      if (path.endsWith("/.env")) return { status: 200, type: "text/plain", body: FAKE_ENV };
      if (path.endsWith("/.git/config")) return { status: 200, type: "text/plain", body: FAKE_GIT_CONFIG };
      if (path.includes("wp-login")) return { status: 200, type: "text/html", body: FAKE_WP_LOGIN };
      if (path.includes("actuator/env")) return { status: 200, type: "application/json", body: '{"activeProfiles":["prod"],"propertySources":[]}' };
      return { status: 404, type: "text/plain", body: "Not Found" };
    };

    for (const path of decoys) {
      api.registerHttpRoute({
        path,
        auth: "none",
        handler: async (req: IncomingMessage, res: ServerResponse) => {
          const headers: Record<string, string> = {};
          for (const h of KEEP_HEADERS) {
            const v = req.headers[h];
            if (v) headers[h] = String(v).slice(0, 512);
          }
          const ip = String(req.headers["x-forwarded-for"] ?? req.socket.remoteAddress ?? "?").split(",")[0].trim();
          const body = req.method === "POST" ? await readBody(req) : "";
          await record({
            ts: new Date().toISOString(), ip, method: req.method ?? "?", path: req.url ?? path,
            ua: headers["user-agent"] ?? "", headers, body,
          });
          const b = bait(path);
          // small random delay so the decoy does not look instant
          setTimeout(() => {
            res.statusCode = b.status;
            res.setHeader("content-type", b.type);
            res.setHeader("server", "nginx/1.18.0");
            res.end(b.body);
          }, 150 + Math.floor(Math.random() * 300));
        },
      });
    }

    api.registerCommand({
      name: "honeypot",
      description: "Show honeypot hit statistics",
      handler: () => {
        const top = (m: Map<string, number>) =>
          [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `  ${v}\t${k}`).join("\n");
        return { text: `Honeypot: ${stats.total} hits since start\nTop IPs:\n${top(stats.byIp) || "  -"}\nTop paths:\n${top(stats.byPath) || "  -"}\nLog: ${logFile}` };
      },
    });

    api.logger.info(`honeypot-routes: armed ${decoys.length} decoys, logging to ${logFile}`);
  },
};
