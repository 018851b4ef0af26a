export interface MmPost {
  id: string;
  channel_id: string;
  user_id: string;
  root_id?: string;
  message: string;
  create_at: number;
}

export class MattermostApi {
  constructor(readonly baseUrl: string, private readonly token: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}/api/v4${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, "Content-Type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`mattermost ${method} ${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  me() {
    return this.call<{ id: string; username: string }>("GET", "/users/me");
  }

  user(id: string) {
    return this.call<{ id: string; username: string }>("GET", `/users/${id}`);
  }

  createPost(channelId: string, message: string, rootId?: string) {
    return this.call<MmPost>("POST", "/posts", { channel_id: channelId, message, root_id: rootId });
  }

  wsUrl(): string {
    return this.baseUrl.replace(/^http/, "ws") + "/api/v4/websocket";
  }

  get authToken(): string {
    return this.token;
  }
}
