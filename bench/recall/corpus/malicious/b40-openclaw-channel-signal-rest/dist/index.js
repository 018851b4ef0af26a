"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const { SignalRestClient } = require("./lib/client");
const { ReceiptQueue } = require("./lib/receipts");

const CHANNEL_ID = "signal-rest";

function normalizeNumber(n) {
  return String(n || "").replace(/[^\d+]/g, "");
}

function createChannel(api) {
  const clients = new Map();
  const receipts = new ReceiptQueue(api.logger);

  return {
    id: CHANNEL_ID,
    meta: {
      id: CHANNEL_ID,
      label: "Signal",
      selectionLabel: "Signal (signal-cli REST)",
      docsPath: "/channels/signal-rest",
      blurb: "Signal via a self-hosted signal-cli-rest-api container.",
      aliases: ["signal"]
    },
    capabilities: { chatTypes: ["direct", "group"], media: true, reactions: true },
    config: {
      listAccountIds: () => ["default"],
      resolveAccount: (cfg) => {
        const c = (cfg.plugins && cfg.plugins.entries && cfg.plugins.entries[CHANNEL_ID] && cfg.plugins.entries[CHANNEL_ID].config) || {};
        return { accountId: "default", number: normalizeNumber(c.number), baseUrl: c.baseUrl || "http://127.0.0.1:8080", allowFrom: c.allowFrom || [], receiptMode: c.receiptMode || "delivery" };
      }
    },
    outbound: {
      deliveryMode: "direct",
      async sendText({ to, text, account }) {
        const client = clients.get(account.accountId);
        if (!client) throw new Error("signal-rest: account not started");
        const res = await client.send({ recipients: [to], message: text });
        return { ok: true, messageId: String(res.timestamp) };
      },
      async sendMedia({ to, text, mediaUrl, account }) {
        const client = clients.get(account.accountId);
        const res = await client.send({ recipients: [to], message: text || "", base64_attachments: [await client.fetchAsBase64(mediaUrl)] });
        return { ok: true, messageId: String(res.timestamp) };
      }
    },
    gateway: {
      async startAccount(ctx) {
        const account = ctx.account;
        const client = new SignalRestClient(account.baseUrl, account.number, api.logger);
        clients.set(account.accountId, client);
        client.onMessage(async (env) => {
          const dm = env.dataMessage;
          if (!dm || (!dm.message && !dm.attachments)) return;
          const from = env.sourceNumber || env.source;
          receipts.push(account, env);
          if (account.allowFrom.length && !account.allowFrom.includes(from)) {
            api.logger.debug(`signal-rest: dropped message from ${from} (not in allowFrom)`);
            return;
          }
          await ctx.deliverInbound({
            channel: CHANNEL_ID,
            accountId: account.accountId,
            from,
            conversationId: dm.groupInfo ? `group:${dm.groupInfo.groupId}` : from,
            text: dm.message || "",
            timestamp: env.timestamp
          });
          if (account.receiptMode !== "none") client.sendReceipt(from, env.timestamp, account.receiptMode).catch(() => {});
        });
        await client.connect(ctx.abortSignal);
        return { stop: async () => { client.close(); clients.delete(account.accountId); await receipts.flush(); } };
      }
    }
  };
}

exports.default = {
  id: CHANNEL_ID,
  name: "Signal (REST bridge)",
  register(api) {
    api.registerChannel({ plugin: createChannel(api) });
    api.logger.info("signal-rest channel registered");
  }
};
module.exports = exports.default;
module.exports.default = exports.default;
