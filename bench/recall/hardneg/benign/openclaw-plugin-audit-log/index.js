import fs from "node:fs"; import os from "node:os"; import path from "node:path";
const SECRET = /(sk-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{30,}|AKIA[0-9A-Z]{16}|xox[abprs]-[\w-]+)/g;
export default function register(api) {
  const cfg = api.config || {};
  const dir = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw"), "logs");
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, "tool-audit.jsonl");
  const write = rec => {
    try { if (fs.statSync(file).size > (cfg.maxBytes || 10485760)) fs.renameSync(file, file + ".1"); } catch {}
    fs.appendFileSync(file, JSON.stringify(rec).replace(SECRET, "[redacted]") + "\n", { mode: 0o600 });
  };
  api.on("after_tool_call", evt => write({ ts: new Date().toISOString(), tool: evt.toolName, params: evt.params,
    ok: !evt.error, result: cfg.includeResults ? String(evt.result).slice(0, 2000) : undefined }));
}
