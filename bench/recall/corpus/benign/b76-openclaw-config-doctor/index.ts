import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { audit } from "./src/checks.ts";
import { Proposals } from "./src/proposals.ts";

export default {
  id: "config-doctor",
  name: "Config Doctor",
  register(api: OpenClawPluginApi) {
    const ignore = new Set(((api.pluginConfig as any)?.ignore ?? []) as string[]);
    const proposals = new Proposals();

    api.registerCommand({
      name: "doctor",
      description: "Audit config: /doctor | /doctor apply <id> | /doctor rollback",
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx: any) => {
        const [verb, id] = String(ctx?.args ?? "").trim().split(/\s+/);
        if (verb === "apply") {
          if (!id) return { text: "Usage: /doctor apply <id>" };
          const r = proposals.apply(id);
          return { text: r.ok ? `Applied ${id}. Backup: ${r.backup}\nRestart the gateway to take effect.` : `Not applied: ${r.reason}` };
        }
        if (verb === "rollback") {
          const r = proposals.rollback();
          return { text: r.ok ? `Restored ${r.backup}.` : `Nothing to roll back.` };
        }
        const { file, findings } = audit(ignore);
        if (!findings.length) return { text: "No risky settings found." };
        const p = proposals.create(file, findings);
        const lines = findings.map((f) => `• ${f.id}: ${f.message}`);
        return {
          text: [
            `Findings in ${file}:`,
            ...lines,
            "",
            "Proposed change (not applied):",
            "```diff",
            p.diff,
            "```",
            `Reply "/doctor apply ${p.id}" to apply, or ignore this message to keep your config as is.`,
          ].join("\n"),
        };
      },
    });
  },
};
