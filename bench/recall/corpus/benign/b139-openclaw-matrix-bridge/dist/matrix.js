export class MatrixClient {
  constructor(base, token, fetchImpl = fetch) { this.base = base; this.token = token; this.fetchImpl = fetchImpl; this.since = undefined; this.txn = 0; }
  async call(method, path, body) {
    const res = await this.fetchImpl(new URL(path, this.base), {
      method,
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`matrix ${method} ${path}: ${res.status}`);
    return res.json();
  }
  async sync(timeoutMs = 30000) {
    const q = new URLSearchParams({ timeout: String(timeoutMs) });
    if (this.since) q.set('since', this.since);
    const r = await this.call('GET', `/_matrix/client/v3/sync?${q}`);
    const first = !this.since;
    this.since = r.next_batch;
    const out = {};
    if (first) return out;
    for (const [roomId, room] of Object.entries(r.rooms?.join ?? {})) {
      out[roomId] = (room.timeline?.events ?? []).filter((e) => e.type === 'm.room.message');
    }
    return out;
  }
  send(roomId, body) {
    const txn = `oc${Date.now()}${this.txn++}`;
    return this.call('PUT', `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${txn}`, { msgtype: 'm.text', body });
  }
}
