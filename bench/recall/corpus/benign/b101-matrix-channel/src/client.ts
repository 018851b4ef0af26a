export type MatrixEvent = { type: string; sender: string; event_id: string; origin_server_ts: number; content: any };

export class MatrixClient {
  private txn = 0;
  constructor(private hs: string, private token: string) {
    this.hs = hs.replace(/\/+$/, "");
  }

  private async req(method: string, path: string, body?: unknown, signal?: AbortSignal) {
    const r = await fetch(`${this.hs}/_matrix/client/v3${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    if (!r.ok) {
      const text = await r.text().catch(() => "");
      throw new Error(`matrix ${method} ${path.split("?")[0]}: ${r.status} ${text.slice(0, 200)}`);
    }
    return r.json();
  }

  whoami() {
    return this.req("GET", "/account/whoami");
  }

  sync(since: string | undefined, signal?: AbortSignal) {
    const q = new URLSearchParams({ timeout: "30000" });
    if (since) q.set("since", since);
    else q.set("filter", JSON.stringify({ room: { timeline: { limit: 1 } } }));
    return this.req("GET", `/sync?${q}`, undefined, signal);
  }

  join(roomId: string) {
    return this.req("POST", `/rooms/${encodeURIComponent(roomId)}/join`, {});
  }

  sendText(roomId: string, body: string, threadRoot?: string) {
    const txnId = `oc${Date.now()}${this.txn++}`;
    const content: any = { msgtype: "m.text", body };
    if (threadRoot) content["m.relates_to"] = { rel_type: "m.thread", event_id: threadRoot };
    return this.req("PUT", `/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${txnId}`, content);
  }
}
