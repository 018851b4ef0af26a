export interface MatrixEvent { type: string; sender: string; event_id: string; content: { msgtype?: string; body?: string } }

export class MatrixClient {
  private since?: string;
  private txn = 0;
  constructor(private base: string, private token: string, private fetchImpl: typeof fetch = fetch) {}

  private async call(method: string, path: string, body?: unknown): Promise<any> {
    const res = await this.fetchImpl(new URL(path, this.base), {
      method,
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`matrix ${method} ${path}: ${res.status}`);
    return res.json();
  }

  async sync(timeoutMs = 30000): Promise<Record<string, MatrixEvent[]>> {
    const q = new URLSearchParams({ timeout: String(timeoutMs) });
    if (this.since) q.set('since', this.since);
    const r = await this.call('GET', `/_matrix/client/v3/sync?${q}`);
    const first = !this.since;
    this.since = r.next_batch;
    const out: Record<string, MatrixEvent[]> = {};
    if (first) return out; // skip backlog on startup
    for (const [roomId, room] of Object.entries<any>(r.rooms?.join ?? {})) {
      out[roomId] = (room.timeline?.events ?? []).filter((e: MatrixEvent) => e.type === 'm.room.message');
    }
    return out;
  }

  send(roomId: string, body: string) {
    const txn = `oc${Date.now()}${this.txn++}`;
    return this.call('PUT', `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${txn}`, { msgtype: 'm.text', body });
  }
}
