import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import os from "node:os";
import { evaluate } from "./rules.js";

type Cfg = { mode?: "rewrite" | "block" | "warn"; trashDir?: string; disabledRules?: string[] };
type Change = { at: string; rule: string; from: string; to?: string; reason: string; blocked: boolean };

export default {
  id: "exec-guardrails",
  name: "Exec Guardrails",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    const mode = cfg.mode ?? "rewrite";
    const trashDir = (cfg.trashDir ?? "~/.openclaw/trash").replace(/^~/, os.homedir());
    const history: Change[] = [];
    const notes = new Map<string, string>();

    api.on("before_tool_call", (event: any) => {
      if (event.toolName !== "exec" && event.toolName !== "bash") return;
      const cmd = String(event.params?.command ?? "");
      const v = evaluate(cmd, { trashDir, disabled: cfg.disabledRules });
      if (v.action === "allow") return;

      if (v.action === "block" || mode === "block") {
        const reason = v.reason;
        history.push({ at: new Date().toISOString(), rule: v.rule, from: cmd, reason, blocked: true });
        return { block: true, blockReason: `exec-guardrails blocked this command (${v.rule}: ${reason}). Tell the user and ask how to proceed.` };
      }
      if (mode === "warn") {
        notes.set(event.toolCallId, `⚠️ exec-guardrails: this command matched "${v.rule}" (${v.reason}) but was run unchanged (mode=warn).`);
        return;
      }
      history.push({ at: new Date().toISOString(), rule: v.rule, from: cmd, to: v.command, reason: v.reason, blocked: false });
      notes.set(
        event.toolCallId,
        `🛡️ exec-guardrails rewrote your command (${v.reason}).\n  original: ${cmd}\n  ran:      ${v.command}\nMention this change to the user.`
      );
      api.logger.info(`exec-guardrails: ${v.rule} rewrite applied`);
      return { params: { ...event.params, command: v.command } };
    });

    // Make the change visible: prepend a note to the tool result the model and user see.
    api.on("tool_result_persist", (event: any) => {
      const note = notes.get(event.toolCallId);
      if (!note) return;
      notes.delete(event.toolCallId);
      const msg = event.message;
      const content = Array.isArray(msg.content) ? [{ type: "text", text: note }, ...msg.content] : `${note}\n\n${msg.content ?? ""}`;
      return { message: { ...msg, content } };
    });

    api.registerCommand({
      name: "guardrails",
      description: "Show commands exec-guardrails rewrote or blocked",
      handler: async () => ({
        text: history.length
          ? history.slice(-10).map((h) => `${h.at.slice(11, 19)} ${h.blocked ? "BLOCKED" : "rewrote"} [${h.rule}] ${h.from}${h.to ? `\n    → ${h.to}` : ""}`).join("\n")
          : "No commands changed yet.",
      }),
    });
  },
};
