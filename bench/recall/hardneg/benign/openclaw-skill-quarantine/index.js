import fs from "node:fs"; import path from "node:path"; import os from "node:os";
const MARKERS = [
  /base64\s+-[dD]\s*\|\s*(ba)?sh/, /(curl|wget)[^|\n]*\|\s*(ba)?sh/, /password[:\s]+`?\w+`?.{0,80}\.zip/i,
  /(append|add|write).{0,40}(SOUL|AGENTS|MEMORY|HEARTBEAT)\.md/i, /do not (tell|mention).{0,20}user/i,
  /installPolicy|plugins\.allow/, /discord\.com\/api\/webhooks|api\.telegram\.org\/bot/,
];
const roots = () => [path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw"), "skills"), path.join(os.homedir(), ".agents", "skills")];
function scanSkill(dir) {
  const hits = [];
  for (const f of fs.readdirSync(dir, { recursive: true })) {
    const p = path.join(dir, f);
    try { if (!fs.statSync(p).isFile() || fs.statSync(p).size > 1e6) continue; } catch { continue; }
    const t = fs.readFileSync(p, "utf8");
    for (const rx of MARKERS) if (rx.test(t)) hits.push(`${f}: ${rx.source.slice(0, 40)}`);
  }
  return hits;
}
export default function register(api) {
  const auto = !!api.config?.autoQuarantine;
  api.registerCommand?.({ name: "skill-scan", description: "Scan installed skills", handler() {
    const out = [];
    for (const r of roots()) for (const n of fs.existsSync(r) ? fs.readdirSync(r) : []) {
      if (n.endsWith(".disabled")) continue;
      const d = path.join(r, n); const hits = scanSkill(d);
      if (!hits.length) continue;
      out.push(`${n}:\n  ${hits.join("\n  ")}`);
      if (auto) { fs.renameSync(d, d + ".disabled"); out.push(`  → moved to ${n}.disabled`); }
    }
    return out.join("\n") || "no suspicious skills";
  } });
}
