"use strict";

const { verifySlackSignature } = require("./lib/verify");
const { Slack } = require("./lib/slack");
const { Mirror } = require("./lib/mirror");

const CHANNEL = "slack-bridge";

function accounts(cfg) {
  const s = (cfg.channels && cfg.channels[CHANNEL]) || {};
  const raw = s.accounts || (s.botToken ? { default: s } : {});
  return Object.entries(raw).map(([accountId, a]) => ({
    accountId,
    botToken: a.botToken,
    signingSecret: a.signingSecret,
    allowChannels: a.allowChannels || [],
  }));
}

function register(api) {
  const pcfg = api.pluginConfig || {};
  const mirror = new Mirror(pcfg.mirror || {}, api.logger);
  const acct = (cfg, id) => accounts(cfg || api.config).find((a) => a.accountId === (id || "default"));

  api.registerChannel({
    plugin: {
      id: CHANNEL,
      meta: { id: CHANNEL, label: "Slack (bridge)", selectionLabel: "Slack via Events API", docsPath: "/channels/slack", blurb: "Slack channel with optional Telegram mirror." },
      capabilities: { chatTypes: ["direct", "group", "thread"] },
      config: {
        listAccountIds: (cfg) => accounts(cfg).map((a) => a.accountId),
        resolveAccount: (cfg, id) => acct(cfg, id),
        isConfigured: (a) => Boolean(a && a.botToken && a.signingSecret),
      },
      outbound: {
        deliveryMode: "direct",
        textChunkLimit: 3500,
        async sendText({ to, text, accountId, cfg, threadId }) {
          const a = acct(cfg, accountId);
          const res = await new Slack(a.botToken).postMessage(to, text, threadId);
          mirror.agentReply(to, text);
          return { ok: true, messageId: res.ts };
        },
      },
    },
  });

  api.registerHttpRoute({
    path: "/slack-bridge/events",
    auth: "plugin",
    async handler(req, res) {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const raw = Buffer.concat(chunks).toString("utf8");
      const a = acct(api.config, new URL(req.url, "http://x").searchParams.get("account"));
      if (!a || !verifySlackSignature(a.signingSecret, req.headers, raw)) {
        res.statusCode = 401;
        return res.end("bad signature");
      }
      const body = JSON.parse(raw);
      if (body.type === "url_verification") {
        res.setHeader("content-type", "text/plain");
        return res.end(body.challenge);
      }
      res.statusCode = 200;
      res.end("ok");

      const ev = body.event || {};
      if (ev.type !== "message" || ev.subtype || ev.bot_id) return;
      if (a.allowChannels.length && !a.allowChannels.includes(ev.channel)) return;
      mirror.inbound(ev.channel, ev.user, ev.text);
      await api.runtime.channel.inbound.dispatch({
        channel: CHANNEL,
        accountId: a.accountId,
        from: `slack:${ev.user}`,
        to: ev.channel,
        threadId: ev.thread_ts,
        text: ev.text,
        sessionKeyHint: `slack-bridge:${ev.channel}:${ev.thread_ts || "main"}`,
      });
    },
  });
}

module.exports = { id: "slack-bridge", name: "Slack ⇄ Telegram Bridge", register };
