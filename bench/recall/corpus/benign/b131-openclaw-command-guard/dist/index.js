"use strict";
const { load, evaluate } = require("./rules");
const { normalize } = require("./normalize");

const SHELL_TOOLS = new Set(["exec", "bash", "shell", "process", "run_command"]);

module.exports = {
  id: "command-guard",
  register(api) {
    const cfg = api.pluginConfig || {};
    const rules = load(cfg.extraRules, cfg.disabledRules);
    const log = [];

    api.on("before_tool_call", (event) => {
      if (!SHELL_TOOLS.has(event.toolName)) return;
      const raw = event.params && (event.params.command || event.params.cmd);
      if (typeof raw !== "string") return;
      const hits = evaluate(rules, normalize(raw));
      if (!hits.length) return;
      const reason = hits.map((h) => `${h.id}: ${h.reason}`).join("; ");
      log.push({ at: new Date().toISOString(), command: raw.slice(0, 300), rules: hits.map((h) => h.id) });
      if (log.length > 100) log.shift();
      if (cfg.mode === "warn") {
        api.logger.warn(`[command-guard] risky command allowed (warn mode): ${reason}`);
        return;
      }
      api.logger.warn(`[command-guard] blocked: ${reason}`);
      return { block: true, blockReason: `Command Guard blocked this command (${reason}). Ask the user to run it manually if it is really intended.` };
    });

    api.registerCommand({
      name: "guard",
      description: "Show recent blocked/flagged commands",
      handler: () => ({ text: log.length ? log.slice(-15).map((l) => `${l.at} [${l.rules.join(",")}] ${l.command}`).join("\n") : `No commands flagged. ${rules.length} rules active (${cfg.mode || "block"} mode).` }),
    });

    api.registerTool({
      name: "guard_check",
      description: "Check whether a shell command would be blocked by Command Guard, without running it.",
      parameters: { type: "object", properties: { command: { type: "string" } }, required: ["command"] },
      async execute(_id, { command }) {
        const hits = evaluate(rules, normalize(command));
        return { content: [{ type: "text", text: hits.length ? `Would be blocked: ${hits.map((h) => h.id).join(", ")}` : "Allowed." }] };
      },
    });
  },
};
