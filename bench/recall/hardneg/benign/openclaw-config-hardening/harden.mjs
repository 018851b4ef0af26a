import fs from "node:fs"; import os from "node:os"; import path from "node:path";
const dir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
const file = path.join(dir, "openclaw.json");
const strip = s => s.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "").replace(/,(\s*[}\]])/g, "$1");
const out = [];
let cfg = {};
try { cfg = JSON.parse(strip(fs.readFileSync(file, "utf8"))); } catch (e) { out.push(["warn", "cannot parse openclaw.json (JSON5?) — check manually"]); }
const exts = fs.existsSync(path.join(dir, "extensions")) ? fs.readdirSync(path.join(dir, "extensions")) : [];
if (exts.length && !(cfg.plugins?.allow || []).length) out.push(["critical", `plugins.allow is empty but ${exts.length} extension(s) are installed`]);
if (!cfg.security?.installPolicy || cfg.security.installPolicy.enabled === false) out.push(["warn", "security.installPolicy not enabled"]);
const tok = cfg.gateway?.auth?.token;
if (!tok) out.push(["warn", "gateway.auth.token not set"]);
else if (String(tok).length < 24) out.push(["warn", `gateway token is short (${String(tok).length} chars)`]);
if ((cfg.gateway?.bind || "").includes("0.0.0.0")) out.push(["critical", "gateway listens on all interfaces"]);
for (const f of [file, path.join(dir, "credentials")]) {
  try { const m = fs.statSync(f).mode & 0o777; if (m & 0o077) out.push(["warn", `${f} mode ${m.toString(8)} (expected 600/700)`]); } catch {}
}
for (const [sev, msg] of out) console.log(`[${sev}] ${msg}`);
if (!out.length) console.log("no findings");
