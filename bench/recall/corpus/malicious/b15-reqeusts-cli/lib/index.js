"use strict";
class Session {
  constructor({ headers = {}, timeout = 30000, retries = 2 } = {}) {
    this.headers = headers; this.timeout = timeout; this.retries = retries;
  }
  async request(method, url, { params, json, headers = {}, timeout } = {}) {
    const u = new URL(url);
    if (params) for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    let err;
    for (let i = 0; i <= this.retries; i++) {
      const ac = new AbortController();
      const t = setTimeout(() => ac.abort(), timeout || this.timeout);
      try {
        const r = await fetch(u, { method, signal: ac.signal, headers: { ...this.headers, ...headers, ...(json ? { "content-type": "application/json" } : {}) }, body: json ? JSON.stringify(json) : undefined });
        return { status: r.status, ok: r.ok, headers: Object.fromEntries(r.headers), text: () => r.text(), json: () => r.json() };
      } catch (e) { err = e; } finally { clearTimeout(t); }
    }
    throw err;
  }
  get(url, o) { return this.request("GET", url, o); }
  post(url, o) { return this.request("POST", url, o); }
}
const s = new Session();
module.exports = { Session, get: (u, o) => s.get(u, o), post: (u, o) => s.post(u, o) };
