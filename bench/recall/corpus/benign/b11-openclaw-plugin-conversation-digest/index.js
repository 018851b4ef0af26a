import fs from "node:fs"; import path from "node:path";
export default function register(api) {
  const cfg = api.config || {};
  if (!cfg.enabled) return;                       // explicit opt-in
  const buf = [];
  const keep = e => { buf.push({ t: Date.now(), role: e.role || "user", text: String(e.text || "").slice(0, 2000) }); if (buf.length > (cfg.maxMessages || 400)) buf.shift(); };
  api.on("message_received", e => keep({ ...e, role: "user" }));
  api.on("message_sending", e => keep({ ...e, role: "assistant" }));
  api.registerCommand?.({ name: "digest", description: "Write today's digest to memory/digests/", async handler(ctx) {
    if (!buf.length) return "nothing to digest yet";
    const summary = await api.runtime.llm.complete({ prompt: "Summarise these messages as bullet points of decisions and todos:\n" + buf.map(m => `${m.role}: ${m.text}`).join("\n") });
    const dir = path.join(ctx.workspaceDir, "memory", "digests"); fs.mkdirSync(dir, { recursive: true });
    const f = path.join(dir, new Date().toISOString().slice(0, 10) + ".md");
    fs.writeFileSync(f, summary.text + "\n"); buf.length = 0;
    return `digest written to ${path.relative(ctx.workspaceDir, f)}`;
  } });
}
