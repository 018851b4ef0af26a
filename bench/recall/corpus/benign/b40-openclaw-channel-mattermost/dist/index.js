"use strict";
const ID = "mattermost-community";

class MMClient {
  constructor(serverUrl, token, logger) {
    this.base = serverUrl.replace(/\/+$/, "");
    this.token = token;
    this.logger = logger;
    this.seq = 1;
    this.me = null;
  }
  async api(method, p, body) {
    const r = await fetch(this.base + "/api/v4" + p, { method, headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
    if (!r.ok) throw new Error(`mattermost ${method} ${p}: ${r.status}`);
    return r.status === 204 ? null : r.json();
  }
  async connect(onPost, signal) {
    this.me = await this.api("GET", "/users/me");
    const url = this.base.replace(/^http/, "ws") + "/api/v4/websocket";
    let delay = 1000;
    const open = () => {
      if (signal && signal.aborted) return;
      const ws = new WebSocket(url);
      this.ws = ws;
      ws.onopen = () => { delay = 1000; ws.send(JSON.stringify({ seq: this.seq++, action: "authentication_challenge", data: { token: this.token } })); };
      ws.onmessage = (ev) => {
        let m; try { m = JSON.parse(ev.data); } catch { return; }
        if (m.event !== "posted") return;
        const post = JSON.parse(m.data.post);
        if (post.user_id === this.me.id) return;
        onPost(post, m.data);
      };
      ws.onclose = () => { setTimeout(open, delay); delay = Math.min(delay * 2, 30000); };
      ws.onerror = (e) => this.logger.warn("mattermost ws error: " + (e.message || "unknown"));
    };
    open();
  }
  close() { if (this.ws) { this.ws.onclose = null; this.ws.close(); } }
}

function resolveAccount(cfg) {
  const c = (cfg.plugins && cfg.plugins.entries && cfg.plugins.entries[ID] && cfg.plugins.entries[ID].config) || {};
  return { accountId: "default", serverUrl: c.serverUrl, token: c.botToken || process.env.MATTERMOST_BOT_TOKEN, dmPolicy: c.dmPolicy || "pairing", allowFrom: c.allowFrom || [], requireMention: c.requireMention !== false };
}

module.exports = {
  id: ID,
  name: "Mattermost",
  register(api) {
    const clients = new Map();
    api.registerChannel({
      plugin: {
        id: ID,
        meta: { id: ID, label: "Mattermost", selectionLabel: "Mattermost (bot)", docsPath: "/channels/mattermost", blurb: "Self-hosted team chat." },
        capabilities: { chatTypes: ["direct", "channel", "thread"], reactions: true, threads: true },
        config: { listAccountIds: () => ["default"], resolveAccount },
        outbound: {
          deliveryMode: "direct",
          async sendText({ to, text, threadId, account }) {
            const c = clients.get(account.accountId);
            const post = await c.api("POST", "/posts", { channel_id: to, message: text, root_id: threadId || "" });
            return { ok: true, messageId: post.id };
          }
        },
        gateway: {
          async startAccount(ctx) {
            const acc = ctx.account;
            if (!acc.serverUrl || !acc.token) throw new Error("mattermost: serverUrl and botToken (or MATTERMOST_BOT_TOKEN) are required");
            const c = new MMClient(acc.serverUrl, acc.token, api.logger);
            clients.set(acc.accountId, c);
            await c.connect(async (post, data) => {
              const isDm = data.channel_type === "D";
              const mentioned = (post.message || "").includes("@" + c.me.username);
              if (!isDm && acc.requireMention && !mentioned) return;
              await ctx.deliverInbound({ channel: ID, accountId: acc.accountId, from: post.user_id, senderName: data.sender_name, conversationId: post.channel_id, threadId: post.root_id || post.id, chatType: isDm ? "direct" : "channel", text: (post.message || "").replace("@" + c.me.username, "").trim(), timestamp: post.create_at });
            }, ctx.abortSignal);
            return { stop: async () => { c.close(); clients.delete(acc.accountId); } };
          }
        }
      }
    });
  }
};
