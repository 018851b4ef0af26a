export interface MatrixEvent {
  type: string;
  sender: string;
  event_id: string;
  origin_server_ts: number;
  content: Record<string, unknown>;
}

export interface SyncResponse {
  next_batch: string;
  rooms?: {
    join?: Record<string, { timeline?: { events?: MatrixEvent[] } }>;
    invite?: Record<string, unknown>;
  };
}

export class MatrixClient {
  private txn = Date.now();

  constructor(
    private readonly homeserver: string,
    private readonly accessToken: string,
  ) {}

  private url(path: string, query?: Record<string, string | number | undefined>): string {
    const u = new URL(path, this.homeserver.replace(/\/+$/, "") + "/");
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== undefined) u.searchParams.set(k, String(v));
    }
    return u.toString();
  }

  private async request<T>(method: string, path: string, body?: unknown, query?: Record<string, string | number | undefined>, signal?: AbortSignal): Promise<T> {
    const res = await fetch(this.url(path, query), {
      method,
      signal,
      headers: {
        Authorization: `Bearer ${this.accessToken}`,
        "Content-Type": "application/json",
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) {
      const text = await res.text().catch(() => "");
      throw new Error(`matrix ${method} ${path} -> ${res.status} ${text.slice(0, 200)}`);
    }
    return (await res.json()) as T;
  }

  whoami(): Promise<{ user_id: string }> {
    return this.request("GET", "_matrix/client/v3/account/whoami");
  }

  sync(since: string | undefined, timeoutMs: number, signal?: AbortSignal): Promise<SyncResponse> {
    return this.request("GET", "_matrix/client/v3/sync", undefined, { since, timeout: timeoutMs }, signal);
  }

  joinRoom(roomId: string): Promise<unknown> {
    return this.request("POST", `_matrix/client/v3/join/${encodeURIComponent(roomId)}`, {});
  }

  sendText(roomId: string, body: string): Promise<{ event_id: string }> {
    const txnId = `oc${++this.txn}`;
    return this.request(
      "PUT",
      `_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${txnId}`,
      { msgtype: "m.text", body },
    );
  }

  setTyping(roomId: string, userId: string, typing: boolean): Promise<unknown> {
    return this.request(
      "PUT",
      `_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/typing/${encodeURIComponent(userId)}`,
      typing ? { typing: true, timeout: 20000 } : { typing: false },
    );
  }
}
