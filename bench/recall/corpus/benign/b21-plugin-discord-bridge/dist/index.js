"use strict";
const WebSocket = require("ws");

const API = "https://discord.com/api/v10";
const GATEWAY = "wss://gateway.discord.gg/?v=10&encoding=json";
const INTENTS = (1 << 0) | (1 << 9) | (1 << 12) | (1 << 15); // GUILDS, GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT

class DiscordGateway {
  constructor(token, onMessage, log) {
    this.token = token;
    this.onMessage = onMessage;
    this.log = log;
    this.seq = null;
    this.sessionId = null;
    this.resumeUrl = null;
    this.me = null;
  }

  connect() {
    const ws = (this.ws = new WebSocket(this.resumeUrl ? `${this.resumeUrl}/?v=10&encoding=json` : GATEWAY));
    ws.on("message", (raw) => this.handle(JSON.parse(raw)));
    ws.on("close", (code) => {
      clearInterval(this.hb);
      if (this.stopped) return;
      if (code === 4004) return this.log.error("discord-bridge: invalid bot token");
      setTimeout(() => this.connect(), 5000);
    });
    ws.on("error", (e) => this.log.warn(`discord-bridge: ${e.message}`));
  }

  send(op, d) {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify({ op, d }));
  }

  handle(p) {
    if (p.s != null) this.seq = p.s;
    switch (p.op) {
      case 10:
        this.hb = setInterval(() => this.send(1, this.seq), p.d.heartbeat_interval);
        if (this.sessionId) this.send(6, { token: this.token, session_id: this.sessionId, seq: this.seq });
        else this.send(2, { token: this.token, intents: INTENTS, properties: { os: process.platform, browser: "openclaw", device: "openclaw" } });
        break;
      case 7:
        this.ws.close(4000);
        break;
      case 9:
        this.sessionId = null;
        this.ws.close(4000);
        break;
      case 0:
        if (p.t === "READY") {
          this.sessionId = p.d.session_id;
          this.resumeUrl = p.d.resume_gateway_url;
          this.me = p.d.user;
          this.log.info(`discord-bridge: connected as ${p.d.user.username}`);
        } else if (p.t === "MESSAGE_CREATE" && !p.d.author.bot) {
          this.onMessage(p.d, this.me);
        }
        break;
    }
  }

  stop() {
    this.stopped = true;
    clearInterval(this.hb);
    this.ws?.close(1000);
  }
}

async function rest(token, method, path, body) {
  const res = await fetch(`${API}${path}`, {
    method,
    headers: { authorization: `Bot ${token}`, "content-type": "application/json", "user-agent": "DiscordBot (openclaw-discord-bridge, 0.9.3)" },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 429) {
    const retry = (await res.json()).retry_after ?? 1;
    await new Promise((r) => setTimeout(r, retry * 1000));
    return rest(token, method, path, body);
  }
  if (!res.ok) throw new Error(`Discord API ${res.status}`);
  return res.status === 204 ? null : res.json();
}

function chunk(text, size = 1900) {
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length ? out : [""];
}

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const token = cfg.botToken || process.env.DISCORD_BOT_TOKEN;
  let gw = null;

  api.registerChannel({
    plugin: {
      id: "discord-bridge",
      meta: { label: "Discord", docsPath: "/channels/discord-bridge" },
      async sendText({ to, text }) {
        for (const part of chunk(text)) await rest(token, "POST", `/channels/${to}/messages`, { content: part, allowed_mentions: { parse: [] } });
        return { ok: true };
      },
    },
  });

  api.registerService({
    id: "discord-bridge-gateway",
    start() {
      if (!token) {
        api.logger.warn("discord-bridge: no bot token configured; channel disabled");
        return;
      }
      gw = new DiscordGateway(token, (msg, me) => {
        const isDm = !msg.guild_id;
        if (cfg.allowedUserIds?.length && !cfg.allowedUserIds.includes(msg.author.id)) return;
        if (!isDm && cfg.allowedChannelIds?.length && !cfg.allowedChannelIds.includes(msg.channel_id)) return;
        if (!isDm && cfg.requireMention !== false && !msg.mentions?.some((m) => m.id === me?.id)) return;
        const text = msg.content.replace(new RegExp(`<@!?${me?.id}>`, "g"), "").trim();
        api.runtime.channel.dispatchInbound({
          channel: "discord-bridge",
          from: msg.author.id,
          to: msg.channel_id,
          text,
          threadKey: msg.channel_id,
        });
      }, api.logger);
      gw.connect();
    },
    stop() {
      gw?.stop();
    },
  });
};
