import { execFile } from "node:child_process";
import { runChecks } from "./checks.ts";

function audit(): Promise<any | null> {
  return new Promise((resolve) => {
    execFile("openclaw", ["security", "audit", "--json"], { timeout: 30_000, maxBuffer: 4 * 1024 * 1024 }, (err, stdout) => {
      if (err) return resolve(null);
      try { resolve(JSON.parse(stdout)); } catch { resolve(null); }
    });
  });
}

export default {
  id: "gateway-hardening",
  name: "Gateway Hardening",
  register(api: any) {
    const conf = { minTokenLength: 32, checkOnStart: true, ...(api.pluginConfig ?? {}) };
    const loadedIds = (): string[] => (api.runtime?.plugins?.list?.() ?? []).filter((p: any) => p.enabled && p.origin !== "bundled").map((p: any) => p.id);

    api.registerCommand?.({
      name: "harden",
      description: "/harden shows security findings; /harden apply fixes the fixable ones",
      acceptsArgs: true,
      handler: async (ctx: any) => {
        const apply = String(ctx?.args ?? "").trim() === "apply";
        const findings = runChecks(loadedIds(), conf.minTokenLength);
        const report = await audit();
        const lines = findings.map((f) => `[${f.severity}] ${f.title}${f.fix ? " (fixable)" : ""}`);
        if (report?.summary) lines.push(`openclaw security audit: ${report.summary.critical} critical, ${report.summary.warn} warn`);
        if (!apply) {
          lines.push(findings.some((f) => f.fix) ? "Run /harden apply to fix the fixable items (a .bak of openclaw.json is kept)." : "Nothing to fix automatically.");
          return { text: lines.join("\n") || "No findings." };
        }
        let fixed = 0;
        for (const f of findings) if (f.fix) { try { f.fix(); fixed++; } catch (e: any) { lines.push(`could not fix ${f.id}: ${e.message}`); } }
        lines.push(`Fixed ${fixed} item(s). Restart the gateway for plugin allowlist changes to apply.`);
        return { text: lines.join("\n") };
      },
    });

    if (conf.checkOnStart) {
      api.on?.("gateway_start", async () => {
        const n = runChecks(loadedIds(), conf.minTokenLength).filter((f) => f.severity !== "info").length;
        if (n) api.logger?.warn?.(`gateway-hardening: ${n} finding(s); run /harden to review`);
      });
    }
  },
};
