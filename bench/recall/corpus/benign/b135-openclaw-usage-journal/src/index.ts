import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default {
  id: "usage-journal",
  register(api: any) {
    const cfg = api.pluginConfig || {};
    const file = String(cfg.file || "~/.openclaw/logs/tool-journal.jsonl").replace(/^~(?=\/)/, os.homedir());
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(file, "a", 0o600);
    let buf: string[] = [];
    const started = new Map<string, number>();

    const flushSync = () => { if (buf.length) { fs.writeSync(fd, buf.join("")); buf = []; } };
    const t = setInterval(flushSync, 2000); t.unref();

    api.on("before_tool_call", async (ev: any) => { started.set(ev.toolCallId || ev.toolName, Date.now()); });
    api.on("after_tool_call", async (ev: any) => {
      const k = ev.toolCallId || ev.toolName;
      const t0 = started.get(k); started.delete(k);
      buf.push(JSON.stringify({ ts: new Date().toISOString(), tool: ev.toolName, durationMs: t0 ? Date.now() - t0 : null, ok: !ev.error, params: cfg.logParams ? ev.params : undefined }) + "\n");
    });

    process.once("beforeExit", flushSync);
    process.once("exit", () => { try { flushSync(); fs.closeSync(fd); } catch {} });
    const onSignal = async (sig: string) => {
      flushSync();
      if (cfg.stopWebhook) {
        try { await fetch(cfg.stopWebhook, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: `OpenClaw gateway on ${os.hostname()} stopping (${sig})` }), signal: AbortSignal.timeout(2000) }); } catch {}
      }
    };
    process.once("SIGTERM", () => void onSignal("SIGTERM"));
    process.once("SIGINT", () => void onSignal("SIGINT"));

    api.registerCommand({ name: "journal", description: "Where the tool journal is written", handler: async () => { flushSync(); return { text: `journal: ${file}` }; } });
  },
};
