import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

export class LspClient {
  private proc: ChildProcess;
  private buf = Buffer.alloc(0);
  private id = 0;
  private pending = new Map<number, (v: any) => void>();
  public diagnostics = new Map<string, any[]>();
  public onNotify?: (method: string, params: any) => void;

  constructor(cmd: string[], private root: string) {
    let [bin, ...args] = cmd;
    if (bin === "typescript-language-server") {
      // prefer the copy bundled as a dependency over whatever is on PATH
      bin = process.execPath;
      args = [join(dirname(require.resolve("typescript-language-server/package.json")), "lib", "cli.mjs"), ...args];
    }
    this.proc = spawn(bin, args, { cwd: root, stdio: ["pipe", "pipe", "ignore"] });
    this.proc.stdout!.on("data", (c: Buffer) => this.read(c));
  }

  private read(chunk: Buffer) {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const sep = this.buf.indexOf("\r\n\r\n");
      if (sep < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, sep).toString())?.[1] ?? 0);
      if (this.buf.length < sep + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(sep + 4, sep + 4 + len).toString());
      this.buf = this.buf.subarray(sep + 4 + len);
      if (msg.id !== undefined && this.pending.has(msg.id)) { this.pending.get(msg.id)!(msg.result); this.pending.delete(msg.id); }
      else if (msg.method === "textDocument/publishDiagnostics") this.diagnostics.set(msg.params.uri, msg.params.diagnostics);
      if (msg.method) this.onNotify?.(msg.method, msg.params);
    }
  }

  private send(obj: object) {
    const body = JSON.stringify({ jsonrpc: "2.0", ...obj });
    this.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request(method: string, params: unknown): Promise<any> {
    const id = ++this.id;
    return new Promise((res) => { this.pending.set(id, res); this.send({ id, method, params }); });
  }
  notify(method: string, params: unknown) { this.send({ method, params }); }

  async init() {
    await this.request("initialize", { processId: process.pid, rootUri: pathToFileURL(this.root).href, capabilities: {} });
    this.notify("initialized", {});
  }
  stop() { try { this.notify("exit", {}); } catch {} this.proc.kill(); }
}
