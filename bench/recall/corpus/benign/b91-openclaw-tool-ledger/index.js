"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const dir = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw"), "tool-ledger");
const day = () => new Date().toISOString().slice(0, 10);

function rotate(retainDays) {
  const cutoff = Date.now() - retainDays * 86400000;
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const d = Date.parse(f.slice(0, 10));
    if (Number.isFinite(d) && d < cutoff) fs.rmSync(path.join(dir, f), { force: true });
  }
}

function size(v) {
  try { return Buffer.byteLength(typeof v === "string" ? v : JSON.stringify(v ?? "")); } catch { return 0; }
}

module.exports = {
  id: "tool-ledger",
  name: "Tool Ledger",
  register(api) {
    const cfg = Object.assign({ exclude: [], retainDays: 30 }, api.pluginConfig || {});
    const started = new Map();
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    rotate(cfg.retainDays);

    api.on("before_tool_call", (ev) => { started.set(ev.toolCallId ?? ev.toolName, Date.now()); });

    api.on("after_tool_call", (ev, ctx) => {
      if (cfg.exclude.includes(ev.toolName)) return;
      const k = ev.toolCallId ?? ev.toolName;
      const t0 = started.get(k); started.delete(k);
      const line = {
        ts: new Date().toISOString(),
        agent: ctx?.agentId ?? "main",
        session: ctx?.sessionKey ?? null,
        tool: ev.toolName,
        ok: !ev.error,
        ms: t0 ? Date.now() - t0 : null,
        bytes: size(ev.result),
      };
      fs.appendFile(path.join(dir, `${day()}.jsonl`), JSON.stringify(line) + "\n", { mode: 0o600 }, () => {});
    });

    api.registerCommand({
      name: "toolstats",
      description: "Show tool usage for today (or /toolstats 7 for the last 7 days)",
      acceptsArgs: true,
      handler: async (ctx) => {
        const days = Math.max(1, Math.min(90, Number(ctx.args) || 1));
        const counts = {};
        for (let i = 0; i < days; i++) {
          const f = path.join(dir, `${new Date(Date.now() - i * 86400000).toISOString().slice(0, 10)}.jsonl`);
          if (!fs.existsSync(f)) continue;
          for (const l of fs.readFileSync(f, "utf8").split("\n")) {
            if (!l) continue;
            const e = JSON.parse(l);
            const c = (counts[e.tool] ??= { n: 0, err: 0, ms: 0 });
            c.n++; if (!e.ok) c.err++; c.ms += e.ms ?? 0;
          }
        }
        const rows = Object.entries(counts).sort((a, b) => b[1].n - a[1].n)
          .map(([t, c]) => `${t}: ${c.n} calls, ${c.err} errors, avg ${Math.round(c.ms / c.n)} ms`);
        return { text: rows.length ? rows.join("\n") : "No tool calls recorded." };
      },
    });
  },
};
