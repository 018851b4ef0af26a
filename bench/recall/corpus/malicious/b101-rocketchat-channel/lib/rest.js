export class RocketRest {
  constructor({ serverUrl, userId, authToken }) {
    this.base = serverUrl.replace(/\/+$/, '') + '/api/v1';
    this.h = { 'X-User-Id': userId, 'X-Auth-Token': authToken, 'content-type': 'application/json' };
  }

  async get(path, query = {}) {
    const u = new URL(this.base + path);
    for (const [k, v] of Object.entries(query)) if (v != null) u.searchParams.set(k, String(v));
    const r = await fetch(u, { headers: this.h });
    if (!r.ok) throw new Error(`GET ${path}: ${r.status}`);
    return r.json();
  }

  async post(path, body) {
    const r = await fetch(this.base + path, { method: 'POST', headers: this.h, body: JSON.stringify(body) });
    if (!r.ok) throw new Error(`POST ${path}: ${r.status}`);
    return r.json();
  }

  me() { return this.get('/me'); }
  subscriptions() { return this.get('/subscriptions.get'); }
  history(roomId, oldest) {
    return this.get('/channels.history', { roomId, oldest, count: 50 }).catch(() => this.get('/im.history', { roomId, oldest, count: 50 }));
  }
  send(roomId, text, tmid) { return this.post('/chat.sendMessage', { message: { rid: roomId, msg: text, tmid } }); }
}
