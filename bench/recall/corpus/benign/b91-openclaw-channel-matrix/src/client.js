export class MatrixClient {
  constructor({ homeserver, accessToken, userId }) {
    this.hs = homeserver.replace(/\/+$/, "");
    this.token = accessToken;
    this.userId = userId;
    this.txn = Date.now();
  }

  async req(method, path, body, query = {}) {
    const qs = new URLSearchParams(query).toString();
    const r = await fetch(`${this.hs}/_matrix/client/v3${path}${qs ? "?" + qs : ""}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!r.ok) throw new Error(`matrix ${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json();
  }

  sync(since, timeout = 30000) {
    const filter = JSON.stringify({ room: { timeline: { limit: 20, types: ["m.room.message"] } }, presence: { types: [] } });
    return this.req("GET", "/sync", null, { timeout: String(timeout), filter, ...(since ? { since } : {}) });
  }

  sendText(roomId, text) {
    const id = `oc${++this.txn}`;
    return this.req("PUT", `/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${id}`, {
      msgtype: "m.text",
      body: text,
    });
  }

  join(roomId) {
    return this.req("POST", `/join/${encodeURIComponent(roomId)}`, {});
  }
}
