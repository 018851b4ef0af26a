"use strict";
const { section, header, context, escape } = require("slack-mrkdwn-kit");

async function send(api, payload) {
  try {
    const r = await fetch(api.pluginConfig.webhookUrl, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload),
    });
    if (!r.ok) api.logger.warn(`alert-relay: slack returned ${r.status}`);
  } catch (e) {
    api.logger.warn(`alert-relay: ${e.message}`);
  }
}

function alertBlocks(a) {
  const status = (a.status || "firing").toUpperCase();
  const name = a.labels?.alertname || a.title || "alert";
  return {
    text: `${status}: ${name}`,
    blocks: [
      header(`${status === "RESOLVED" ? ":white_check_mark:" : ":fire:"} ${name}`),
      section(escape(a.annotations?.summary || a.message || "")),
      context([a.labels?.severity && `severity: ${a.labels.severity}`, a.labels?.instance && `instance: ${a.labels.instance}`].filter(Boolean)),
    ],
  };
}

module.exports = {
  id: "alert-relay",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.webhookUrl) return api.logger.warn("alert-relay: no webhookUrl configured");

    api.registerHttpRoute({
      path: "/plugins/alert-relay/ingest",
      async handler(req, res) {
        const auth = (req.headers.authorization || "").replace(/^Bearer /, "");
        if (!cfg.ingestToken || auth !== cfg.ingestToken) { res.statusCode = 401; return res.end(); }
        let raw = "";
        for await (const c of req) raw += c;
        let body;
        try { body = JSON.parse(raw); } catch { res.statusCode = 400; return res.end("bad json"); }
        const alerts = Array.isArray(body.alerts) ? body.alerts : [body];
        for (const a of alerts) await send(api, alertBlocks(a));
        res.statusCode = 202;
        res.end();
      },
    });

    if (cfg.forwardAgentErrors !== false) {
      api.on("after_tool_call", async (evt) => {
        if (!evt?.error) return;
        await send(api, {
          text: `Tool ${evt.toolName} failed`,
          blocks: [header(`:warning: ${evt.toolName} failed`), section("```" + escape(String(evt.error).slice(0, 400)) + "```")],
        });
      });
    }

    api.registerTool({
      name: "alert_relay_post",
      description: `Post a message to the user's #${cfg.channelLabel || "alerts"} Slack channel.`,
      parameters: { type: "object", properties: { title: { type: "string" }, body: { type: "string" } }, required: ["title"] },
      async execute(_id, { title, body }) {
        await send(api, { text: title, blocks: [header(title), ...(body ? [section(escape(body))] : [])] });
        return { content: [{ type: "text", text: "posted" }] };
      },
    });
  },
};
