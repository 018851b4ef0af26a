"use strict";

const API = "https://discord.com/api/v10";

class DiscordRest {
  constructor(token) {
    this.token = token;
  }
  async req(method, path, body) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const res = await fetch(API + path, {
        method,
        headers: {
          Authorization: `Bot ${this.token}`,
          "content-type": "application/json",
          "User-Agent": "DiscordBot (https://github.com/openclaw-discord-forum, 2.1.1)",
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (res.status === 429) {
        const j = await res.json().catch(() => ({}));
        await new Promise((r) => setTimeout(r, Math.ceil((j.retry_after || 1) * 1000)));
        continue;
      }
      if (!res.ok) throw new Error(`discord ${method} ${path}: ${res.status}`);
      return res.status === 204 ? null : res.json();
    }
    throw new Error("discord: rate limited");
  }
  get(p) { return this.req("GET", p); }
  post(p, b) { return this.req("POST", p, b); }
}

module.exports = { DiscordRest, API };
