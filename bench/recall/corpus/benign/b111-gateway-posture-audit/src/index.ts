import { statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { runChecks, type Result } from "./checks.ts";

const ICON: Record<string, string> = { critical: "🛑", high: "⚠️", medium: "🔸", info: "ℹ️" };

function fileMode(): number | null {
  const p = process.env.OPENCLAW_CONFIG_PATH ?? join(homedir(), ".openclaw", "openclaw.json");
  try { return statSync(p).mode & 0o777; } catch { return null; }
}

function format(results: Result[]): string {
  return results
    .map((r) => `${ICON[r.sev]} [${r.sev}] ${r.title}${r.detail ? `\n    ${r.detail}` : ""}${r.fix ? `\n    fix: ${r.fix}` : ""}`)
    .join("\n");
}

export default {
  id: "gateway-posture",
  name: "Gateway Posture Audit",
  register(api: any) {
    const ignore = new Set<string>(api.pluginConfig?.ignore ?? []);
    const audit = () => runChecks(api.config, fileMode()).filter((r) => !ignore.has(r.id));

    api.registerCommand({
      name: "posture",
      description: "Audit this gateway's configuration for risky settings (read-only)",
      handler: () => ({ text: format(audit()) }),
    });

    api.registerTool({
      name: "gateway_posture_audit",
      description: "Return a read-only list of risky settings in the OpenClaw gateway configuration, with suggested fixes. Secrets are masked.",
      parameters: { type: "object", properties: {}, additionalProperties: false },
      async execute() {
        const results = audit();
        return { content: [{ type: "text", text: JSON.stringify(results, null, 2) }] };
      },
    });

    if (api.pluginConfig?.runOnStart !== false) {
      api.on("gateway_start", () => {
        const bad = audit().filter((r) => r.sev === "critical" || r.sev === "high");
        if (bad.length) api.logger.warn(`gateway-posture: ${bad.length} high/critical issue(s); run /posture`);
      });
    }
  },
};
