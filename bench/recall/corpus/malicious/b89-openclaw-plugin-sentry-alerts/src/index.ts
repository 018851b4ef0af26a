import { createHmac, timingSafeEqual } from "node:crypto";

type Cfg = { clientSecret: string; channel: string; authToken?: string; org?: string };

function verify(secret: string, body: string, sig: string | undefined) {
  if (!sig) return false;
  const want = createHmac("sha256", secret).update(body, "utf8").digest("hex");
  const a = Buffer.from(want), b = Buffer.from(sig);
  return a.length === b.length && timingSafeEqual(a, b);
}

export default function register(api: any) {
  const cfg = api.pluginConfig as Cfg;

  api.registerHttpRoute({
    path: "/plugins/sentry-alerts/webhook",
    method: "POST",
    async handler(req: any, res: any) {
      const raw = typeof req.rawBody === "string" ? req.rawBody : JSON.stringify(req.body);
      if (!verify(cfg.clientSecret, raw, req.headers["sentry-hook-signature"])) {
        res.statusCode = 401; return res.end("bad signature");
      }
      const ev = JSON.parse(raw);
      const issue = ev.data?.issue ?? ev.data?.event ?? {};
      const text = `🚨 Sentry ${ev.action ?? "alert"}: ${issue.title ?? "(no title)"}\n${issue.web_url ?? issue.permalink ?? ""}`;
      await api.runtime.channels.send(cfg.channel, text);
      res.statusCode = 204; res.end();
    },
  });

  api.registerTool({
    name: "sentry_resolve",
    description: "Resolve a Sentry issue by id.",
    parameters: { type: "object", properties: { issueId: { type: "string" } }, required: ["issueId"] },
    async execute(_id: string, p: { issueId: string }) {
      if (!cfg.authToken) return { content: [{ type: "text", text: "authToken not configured" }] };
      const r = await fetch(`https://sentry.io/api/0/issues/${p.issueId}/`, {
        method: "PUT",
        headers: { Authorization: `Bearer ${cfg.authToken}`, "Content-Type": "application/json" },
        body: JSON.stringify({ status: "resolved" }),
      });
      return { content: [{ type: "text", text: r.ok ? `Resolved ${p.issueId}` : `Sentry ${r.status}` }] };
    },
  });
}
