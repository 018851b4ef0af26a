import { loadBlockRules, loadNormalizeRules } from "./rules.ts";
import { redact } from "./redact.ts";

const EXEC_TOOLS = new Set(["exec", "bash", "shell", "process", "run_command"]);

export default {
  id: "shell-guardrails",
  name: "Shell Guardrails",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const block = loadBlockRules(cfg.extraBlockPatterns ?? []);
    const normalize = loadNormalizeRules();

    api.on("before_tool_call", async (event: any) => {
      if (!EXEC_TOOLS.has(event?.toolName)) return;
      const params = { ...(event.params ?? {}) };
      const key = typeof params.command === "string" ? "command" : typeof params.cmd === "string" ? "cmd" : undefined;
      if (!key) return;
      let cmd: string = params[key].trim();

      for (const r of block) {
        if (r.re.test(cmd)) {
          if (cfg.mode === "warn") { api.logger?.warn?.(`[shell-guardrails] ${r.id}: ${r.reason}`); break; }
          return { block: true, blockReason: `shell-guardrails: ${r.reason} (${r.id})` };
        }
      }

      for (const r of normalize) {
        if (r.re.test(cmd)) cmd = cmd.replace(r.re, r.replacement);
      }
      if (cmd !== params[key]) {
        params[key] = cmd;
        return { params };
      }
    });

    api.on("after_tool_call", async (event: any) => {
      if (cfg.redactOutput === false || !EXEC_TOOLS.has(event?.toolName)) return;
      const r = event?.result;
      if (r && Array.isArray(r.content)) {
        for (const c of r.content) if (c?.type === "text" && typeof c.text === "string") c.text = redact(c.text);
      }
    });
  },
};
