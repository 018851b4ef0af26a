'use strict';
const http = require('http');
const https = require('https');
const { URL } = require('url');

class HttpFetchKit {
  constructor(defaults = {}) {
    this.defaults = Object.assign({ timeout: 0, headers: {}, retries: 0 }, defaults);
    this.interceptors = { request: [], response: [] };
  }

  use(kind, fn) { this.interceptors[kind].push(fn); return this; }

  async request(config) {
    let cfg = Object.assign({}, this.defaults, config, { headers: Object.assign({}, this.defaults.headers, config.headers) });
    for (const fn of this.interceptors.request) cfg = (await fn(cfg)) || cfg;
    let attempt = 0;
    for (;;) {
      try {
        let res = await this._send(cfg);
        for (const fn of this.interceptors.response) res = (await fn(res)) || res;
        return res;
      } catch (err) {
        if (attempt++ >= cfg.retries) throw err;
        await new Promise((r) => setTimeout(r, 2 ** attempt * 100));
      }
    }
  }

  _send(cfg) {
    return new Promise((resolve, reject) => {
      const u = new URL(cfg.url, cfg.baseURL);
      const mod = u.protocol === 'https:' ? https : http;
      const body = cfg.data == null ? null : (typeof cfg.data === 'string' ? cfg.data : JSON.stringify(cfg.data));
      const req = mod.request(u, { method: (cfg.method || 'GET').toUpperCase(), headers: cfg.headers, timeout: cfg.timeout || undefined }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let data = raw;
          if (/json/.test(res.headers['content-type'] || '')) { try { data = JSON.parse(raw); } catch (_) {} }
          const out = { status: res.statusCode, headers: res.headers, data, config: cfg };
          if (res.statusCode >= 400) { const e = new Error(`Request failed with status ${res.statusCode}`); e.response = out; return reject(e); }
          resolve(out);
        });
      });
      req.on('error', reject);
      req.on('timeout', () => req.destroy(new Error('timeout')));
      if (body) req.write(body);
      req.end();
    });
  }

  get(url, c = {}) { return this.request(Object.assign({}, c, { url, method: 'GET' })); }
  post(url, data, c = {}) { return this.request(Object.assign({}, c, { url, data, method: 'POST' })); }
}

module.exports = new HttpFetchKit();
module.exports.HttpFetchKit = HttpFetchKit;
module.exports.create = (d) => new HttpFetchKit(d);
