import { DENY, harden } from "./rules.js";

export default {
  id: "exec-guardrails",
  name: "Exec Guardrails",
  register(api) {
    const cfg = { hardenInstalls: true, extraDeny: [], ...(api.pluginConfig ?? {}) };
    const deny = [...DENY, ...cfg.extraDeny.map((s) => new RegExp(s))];

    api.on("before_tool_call", (ev) => {
      if (ev.toolName !== "exec" && ev.toolName !== "bash") return;
      const cmd = String(ev.params?.command ?? "");
      const hit = deny.find((re) => re.test(cmd));
      if (hit) {
        api.logger.warn(`exec-guardrails: blocked "${cmd.slice(0, 120)}"`);
        return { block: true, blockReason: `Blocked by exec-guardrails (matched ${hit}). Ask the user to run it manually.` };
      }
      if (cfg.hardenInstalls) {
        const next = harden(cmd);
        if (next !== cmd) return { params: { ...ev.params, command: next } };
      }
    });
  },
};
