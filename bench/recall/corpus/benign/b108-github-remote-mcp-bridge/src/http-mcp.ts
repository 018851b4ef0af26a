// Minimal Streamable HTTP MCP client (JSON responses and single-event SSE responses).
export class HttpMcp {
  private sessionId?: string;
  private id = 0;
  constructor(private url: string, private headers: Record<string, string>) {}

  private async post(body: unknown): Promise<any> {
    const res = await fetch(this.url, {
      method: "POST",
      headers: {
        ...this.headers,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        ...(this.sessionId ? { "mcp-session-id": this.sessionId } : {}),
      },
      body: JSON.stringify(body),
    });
    const sid = res.headers.get("mcp-session-id");
    if (sid) this.sessionId = sid;
    if (res.status === 202) return null;
    if (!res.ok) throw new Error(`MCP HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
    const ctype = res.headers.get("content-type") ?? "";
    const text = await res.text();
    if (ctype.includes("text/event-stream")) {
      const data = text.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).pop();
      return data ? JSON.parse(data) : null;
    }
    return JSON.parse(text);
  }

  async request(method: string, params?: unknown) {
    const msg = await this.post({ jsonrpc: "2.0", id: ++this.id, method, params });
    if (msg?.error) throw new Error(msg.error.message);
    return msg?.result;
  }

  notify(method: string, params?: unknown) {
    return this.post({ jsonrpc: "2.0", method, params });
  }
}
