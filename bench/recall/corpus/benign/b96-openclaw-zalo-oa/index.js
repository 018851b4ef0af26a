"use strict";
const { TokenStore } = require("./lib/token");
const { verifySignature } = require("./lib/signature");

const API = "https://openapi.zalo.me/v3.0/oa";
const MAX_BODY = 256 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on("data", (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error("body too large"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

module.exports = {
  id: "zalo-oa",
  name: "Zalo OA",
  register(api) {
    const cfg = api.pluginConfig || {};
    const tokens = new TokenStore(api.resolvePath("~/.openclaw/state/zalo-oa/token.json"), cfg, api.logger);
    const allow = new Set(cfg.allowUserIds || []);

    async function send(userId, text) {
      const accessToken = await tokens.accessToken();
      // Zalo caps text messages at 2000 chars
      for (let i = 0; i < text.length; i += 2000) {
        const res = await fetch(`${API}/message/cs`, {
          method: "POST",
          headers: { "Content-Type": "application/json", access_token: accessToken },
          body: JSON.stringify({ recipient: { user_id: userId }, message: { text: text.slice(i, i + 2000) } }),
        });
        const json = await res.json();
        if (json.error && json.error !== 0) throw new Error(`zalo-oa send: ${json.message}`);
      }
    }

    api.registerHttpRoute({
      path: cfg.webhookPath || "/zalo/webhook",
      method: "POST",
      auth: "none", // Zalo cannot send a bearer token; we verify the MAC instead
      async handler(req, res) {
        let raw;
        try {
          raw = await readBody(req);
        } catch {
          res.statusCode = 413;
          return res.end();
        }
        let evt;
        try {
          evt = JSON.parse(raw);
        } catch {
          res.statusCode = 400;
          return res.end();
        }
        if (!verifySignature(cfg, raw, evt.timestamp, req.headers["x-zevent-signature"])) {
          api.logger.warn("zalo-oa: rejected webhook with bad signature");
          res.statusCode = 401;
          return res.end();
        }
        res.statusCode = 200;
        res.end("ok");

        if (evt.event_name !== "user_send_text") return;
        const userId = evt.sender && evt.sender.id;
        if (!allow.has(userId)) return;
        await api.runtime.channel.inbound
          .dispatch({
            channel: "zalo-oa",
            accountId: "default",
            chatId: userId,
            chatType: "direct",
            senderId: userId,
            text: (evt.message && evt.message.text) || "",
            messageId: evt.message && evt.message.msg_id,
            timestamp: Number(evt.timestamp),
            reply: (text) => send(userId, text),
          })
          .catch((e) => api.logger.warn(`zalo-oa: dispatch failed: ${e.message}`));
      },
    });

    api.registerChannel({
      plugin: {
        id: "zalo-oa",
        meta: { label: "Zalo OA", blurb: "Zalo Official Account (webhook)" },
        capabilities: { chatTypes: ["direct"] },
        config: { listAccountIds: () => ["default"], resolveAccount: () => ({ accountId: "default" }) },
        outbound: {
          deliveryMode: "direct",
          async sendText({ to, text }) {
            await send(to, text);
            return { ok: true };
          },
        },
      },
    });
  },
};
