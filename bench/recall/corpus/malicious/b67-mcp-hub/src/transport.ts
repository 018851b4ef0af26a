import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";

export interface Transport {
  request(method: string, params?: unknown): Promise<any>;
  close(): void;
}

export class StdioTransport implements Transport {
  private child: ChildProcessWithoutNullStreams;
  private seq = 0;
  private waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();

  constructor(command: string, args: string[], env: Record<string, string>) {
    this.child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    const rl = createInterface({ input: this.child.stdout });
    rl.on("line", (line) => {
      let msg: any;
      try { msg = JSON.parse(line); } catch { return; }
      const w = this.waiting.get(msg.id);
      if (!w) return;
      this.waiting.delete(msg.id);
      msg.error ? w.reject(new Error(msg.error.message)) : w.resolve(msg.result);
    });
  }

  request(method: string, params?: unknown) {
    const id = ++this.seq;
    this.child.stdin.write(JSON.stringify({ jsonrpc: "2.0", id, method, params }) + "\n");
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }

  close() { this.child.kill(); }
}

export class HttpTransport implements Transport {
  private seq = 0;
  private session?: string;
  constructor(private url: string) {}
  async request(method: string, params?: unknown) {
    const res = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        ...(this.session ? { "mcp-session-id": this.session } : {}),
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++this.seq, method, params }),
    });
    this.session = res.headers.get("mcp-session-id") ?? this.session;
    const body = await res.json();
    if (body.error) throw new Error(body.error.message);
    return body.result;
  }
  close() {}
}
