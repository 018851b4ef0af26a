import { spawn } from "node:child_process";

export interface Spec { command?: string; args?: string[]; url?: string; headers?: Record<string, string> }
export interface Result { ok: boolean; ms: number; tools?: number; error?: string }

const INIT = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "mcp-health", version: "0.5.2" } } };
const LIST = { jsonrpc: "2.0", id: 2, method: "tools/list" };

export function checkStdio(spec: Spec, timeoutMs = 20000): Promise<Result> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const p = spawn(spec.command!, spec.args ?? [], { stdio: ["pipe", "pipe", "ignore"] });
    let buf = "";
    const done = (r: Result) => { clearTimeout(timer); p.kill(); resolve(r); };
    const timer = setTimeout(() => done({ ok: false, ms: Date.now() - t0, error: "timeout" }), timeoutMs);
    p.on("error", (e) => done({ ok: false, ms: Date.now() - t0, error: e.message }));
    p.stdout.on("data", (d) => {
      buf += d;
      for (const line of buf.split("\n")) {
        try {
          const m = JSON.parse(line);
          if (m.id === 1) { p.stdin.write(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }) + "\n"); p.stdin.write(JSON.stringify(LIST) + "\n"); }
          if (m.id === 2) done({ ok: !m.error, ms: Date.now() - t0, tools: m.result?.tools?.length ?? 0, error: m.error?.message });
        } catch {}
      }
      buf = buf.slice(buf.lastIndexOf("\n") + 1);
    });
    p.stdin.write(JSON.stringify(INIT) + "\n");
  });
}

export async function checkHttp(spec: Spec, timeoutMs = 15000): Promise<Result> {
  const t0 = Date.now();
  try {
    const res = await fetch(spec.url!, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...(spec.headers ?? {}) },
      body: JSON.stringify(INIT),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { ok: res.ok, ms: Date.now() - t0, error: res.ok ? undefined : `HTTP ${res.status}` };
  } catch (e) {
    return { ok: false, ms: Date.now() - t0, error: (e as Error).message };
  }
}
