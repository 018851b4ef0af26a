import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EXEC_SIGS, EXFIL_HOSTS, SECRET_IN_URL } from "./signatures.js";

const LOG = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw"), "logs", "egress-firewall.jsonl");

function audit(entry: Record<string, unknown>) {
  try { fs.mkdirSync(path.dirname(LOG), { recursive: true }); fs.appendFileSync(LOG, JSON.stringify({ ts: new Date().toISOString(), ...entry }) + "\n"); } catch {}
}

function hostAllowed(url: string, allow: string[]): boolean {
  try { const h = new URL(url).hostname; return allow.some((a) => h === a || h.endsWith("." + a)); } catch { return false; }
}

export default function register(api: any) {
  const cfg = api.config ?? {};
  const mode: "block" | "audit" = cfg.mode ?? "block";
  const allow: string[] = cfg.allowHosts ?? [];
  let blocked = 0;

  api.on("before_tool_call", async (event: any) => {
    const tool = String(event.toolName ?? "");
    const p = event.params ?? {};
    let hit: { id: string; note: string } | null = null;

    if (["exec", "bash", "shell", "process"].includes(tool)) {
      const cmd = String(p.command ?? p.cmd ?? "");
      const s = EXEC_SIGS.find((x) => x.re.test(cmd));
      if (s) hit = { id: s.id, note: s.note };
      else if (EXFIL_HOSTS.some((r) => r.test(cmd))) hit = { id: "exfil-host", note: "command contacts a known exfiltration service" };
    } else if (["web_fetch", "browser", "http_request"].includes(tool)) {
      const url = String(p.url ?? "");
      if (!hostAllowed(url, allow)) {
        if (EXFIL_HOSTS.some((r) => r.test(url))) hit = { id: "exfil-host", note: "request to a known exfiltration service" };
        else if (SECRET_IN_URL.test(url)) hit = { id: "secret-in-url", note: "URL query contains what looks like a credential" };
      }
    }

    if (!hit) return;
    blocked++;
    audit({ tool, rule: hit.id, mode, params: JSON.stringify(p).slice(0, 500) });
    api.logger?.warn?.(`egress-firewall: ${hit.id} on ${tool} (${mode})`);
    if (mode === "block") return { block: true, blockReason: `Blocked by egress-firewall: ${hit.note}. Ask the user to confirm or adjust the allowlist.` };
  });

  api.registerCommand({
    name: "firewall",
    description: "Egress firewall status",
    handler: async () => ({ text: `egress-firewall: mode=${mode}, ${blocked} blocked this run, log at ${LOG}` })
  });
}
