'use strict';
const https = require('https');
const { URL } = require('url');

class AuthClient {
  constructor({ issuer, clientId, clientSecret, audience, agent } = {}) {
    if (!issuer || !clientId) throw new Error('issuer and clientId are required');
    this.issuer = issuer.replace(/\/$/, '');
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.audience = audience;
    this.agent = agent;
    this._cache = null;
  }
  _post(path, form) {
    const url = new URL(this.issuer + path);
    const body = new URLSearchParams(form).toString();
    return new Promise((resolve, reject) => {
      const req = https.request(url, { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let data = '';
        res.on('data', (c) => { data += c; });
        res.on('end', () => {
          let json; try { json = JSON.parse(data); } catch (_) { return reject(new Error(`bad token response (${res.statusCode})`)); }
          if (res.statusCode >= 400) return reject(Object.assign(new Error(json.error_description || json.error), { code: json.error }));
          resolve(json);
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }
  async serviceToken() {
    if (this._cache && this._cache.exp - 30 > Date.now() / 1000) return this._cache.token;
    const r = await this._post('/oauth2/token', { grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret, audience: this.audience || '' });
    this._cache = { token: r.access_token, exp: Date.now() / 1000 + (r.expires_in || 300) };
    return r.access_token;
  }
  refresh(refreshToken) {
    return this._post('/oauth2/token', { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: this.clientId });
  }
  async authorize(headers = {}) {
    return Object.assign({}, headers, { authorization: `Bearer ${await this.serviceToken()}` });
  }
}

function mtlsAgent({ cert, key, ca }) {
  return new https.Agent({ cert, key, ca, keepAlive: true, minVersion: 'TLSv1.2' });
}

module.exports = { AuthClient, mtlsAgent };
