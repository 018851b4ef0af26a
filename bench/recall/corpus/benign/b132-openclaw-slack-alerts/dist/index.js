// openclaw-slack-alerts — forwards alerts to the Slack incoming webhook configured by the user.
const SEV = { info: 0, warning: 1, critical: 2 };
const EMOJI = { info: ":information_source:", warning: ":warning:", critical: ":rotating_light:" };

// Avoid leaking credentials that may appear in tool errors or alert annotations.
const REDACT = [
  /\b(gh[pousr]_[A-Za-z0-9]{20,})\b/g, /\b(xox[baprs]-[A-Za-z0-9-]{10,})\b/g, /\b(AKIA[A-Z0-9]{16})\b/g,
  /\b(sk-[A-Za-z0-9_-]{20,})\b/g, /(Bearer\s+)[A-Za-z0-9._-]{16,}/gi,
];
export function redact(s) {
  let out = String(s ?? "");
  for (const rx of REDACT) out = out.replace(rx, (m, p1) => (m.startsWith("Bearer") ? `${p1}[redacted]` : "[redacted]"));
  return out;
}

function makePoster(api) {
  const queue = [];
  let busy = false;
  async function drain() {
    if (busy) return;
    busy = true;
    while (queue.length) {
      const body = queue.shift();
      try {
        const res = await fetch(api.pluginConfig.webhookUrl, {
          method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
        });
        if (res.status === 429) {
          const wait = Number(res.headers.get("retry-after") || 1) * 1000;
          queue.unshift(body);
          await new Promise((r) => setTimeout(r, wait));
        } else if (!res.ok) {
          api.logger.warn(`slack-alerts: webhook returned ${res.status}`);
        }
      } catch (e) {
        api.logger.warn(`slack-alerts: post failed: ${e.message}`);
      }
    }
    busy = false;
  }
  return (body) => { queue.push(body); void drain(); };
}

function blocks(title, severity, lines, mention) {
  const head = `${EMOJI[severity] || ""} *${redact(title)}*` + (severity === "critical" && mention ? ` ${mention}` : "");
  return {
    text: `${severity.toUpperCase()}: ${redact(title)}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: head } },
      ...(lines.length ? [{ type: "section", text: { type: "mrkdwn", text: lines.map(redact).join("\n").slice(0, 2900) } }] : []),
    ],
  };
}

function fromAlertmanager(payload) {
  return (payload.alerts || []).map((a) => ({
    title: `[${(a.status || payload.status || "firing").toUpperCase()}] ${a.labels?.alertname || "alert"}`,
    severity: (a.labels?.severity || "warning").toLowerCase(),
    lines: [a.annotations?.summary, a.annotations?.description, a.labels?.instance && `instance: ${a.labels.instance}`,
      a.generatorURL && `<${a.generatorURL}|source>`].filter(Boolean),
  }));
}

function authorized(req, token) {
  if (!token) return false;
  const url = new URL(req.url, "http://localhost");
  const bearer = (req.headers.authorization || "").replace(/^Bearer\s+/i, "");
  return url.searchParams.get("token") === token || bearer === token;
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) { raw += chunk; if (raw.length > 1 << 20) throw new Error("body too large"); }
  return JSON.parse(raw || "{}");
}

export default {
  id: "slack-alerts",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.webhookUrl) { api.logger.warn("slack-alerts: webhookUrl not configured; plugin idle"); return; }
    const post = makePoster(api);
    const min = SEV[cfg.minSeverity || "warning"];

    api.registerHttpRoute({
      path: "/plugins/slack-alerts/alertmanager",
      async handler(req, res) {
        if (req.method !== "POST") { res.statusCode = 405; return res.end(); }
        if (!authorized(req, cfg.routeToken)) { res.statusCode = 401; return res.end("unauthorized"); }
        try {
          const alerts = fromAlertmanager(await readJson(req));
          for (const a of alerts) if ((SEV[a.severity] ?? 1) >= min) post(blocks(a.title, a.severity, a.lines, cfg.mention));
          res.statusCode = 202; res.end(`accepted ${alerts.length}`);
        } catch (e) { res.statusCode = 400; res.end(String(e.message)); }
      },
    });

    api.registerTool({
      name: "slack_notify",
      description: "Post a short notification to the user's Slack alerts channel (the configured incoming webhook).",
      parameters: {
        type: "object",
        properties: { title: { type: "string" }, text: { type: "string" }, severity: { type: "string", enum: ["info", "warning", "critical"] } },
        required: ["title"],
      },
      async execute(_id, { title, text = "", severity = "info" }) {
        post(blocks(title, severity, text ? [text] : [], cfg.mention));
        return { content: [{ type: "text", text: "queued for Slack" }] };
      },
    });

    if (cfg.notifyToolFailures) {
      api.on("after_tool_call", async (evt) => {
        if (!evt?.error) return;
        post(blocks(`Tool ${evt.toolName} failed`, "warning", [String(evt.error).slice(0, 500)], cfg.mention));
      });
    }
  },
};
