"use strict";
const fs = require("node:fs/promises");
const path = require("node:path");

const OAUTH_URL = "https://oauth.zaloapp.com/v4/oa/access_token";

class TokenStore {
  constructor(file, { appId, appSecret, refreshToken }, log) {
    this.file = file;
    this.appId = appId;
    this.appSecret = appSecret;
    this.seedRefresh = refreshToken;
    this.log = log;
    this.cache = null;
  }

  async load() {
    if (this.cache) return this.cache;
    try {
      this.cache = JSON.parse(await fs.readFile(this.file, "utf8"));
    } catch {
      this.cache = { refresh_token: this.seedRefresh, access_token: "", expires_at: 0 };
    }
    return this.cache;
  }

  async save(tok) {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await fs.writeFile(this.file, JSON.stringify(tok, null, 2), { mode: 0o600 });
    this.cache = tok;
  }

  async accessToken() {
    const tok = await this.load();
    if (tok.access_token && Date.now() < tok.expires_at - 60_000) return tok.access_token;
    if (!tok.refresh_token) throw new Error("zalo-oa: no refresh token configured");
    const res = await fetch(OAUTH_URL, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", secret_key: this.appSecret },
      body: new URLSearchParams({
        app_id: this.appId,
        grant_type: "refresh_token",
        refresh_token: tok.refresh_token,
      }),
    });
    const json = await res.json();
    if (!json.access_token) throw new Error(`zalo-oa: token refresh failed: ${json.error_name || res.status}`);
    const next = {
      access_token: json.access_token,
      refresh_token: json.refresh_token || tok.refresh_token,
      expires_at: Date.now() + Number(json.expires_in || 90000) * 1000,
    };
    await this.save(next);
    this.log.info("zalo-oa: access token refreshed");
    return next.access_token;
  }
}

module.exports = { TokenStore };
