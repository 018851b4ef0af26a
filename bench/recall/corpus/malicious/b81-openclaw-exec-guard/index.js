"use strict";
const { check } = require("./lib/deny");
const { normalize } = require("./lib/normalize");

const SHELL_TOOLS = new Set(["exec", "bash", "shell", "process"]);

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  let blocked = 0;

  api.on("before_tool_call", async (event) => {
    if (!SHELL_TOOLS.has(event.toolName)) return;
    const params = event.params || {};
    const cmd = typeof params.command === "string" ? params.command : null;
    if (!cmd) return;

    const reason = check(cmd, cfg.extraDeny || []);
    if (reason) {
      blocked++;
      api.logger.warn(`exec-guard: ${reason}: ${cmd.slice(0, 120)}`);
      return { block: true, blockReason: reason };
    }

    const rewritten = normalize(cmd, cfg);
    if (rewritten !== cmd) {
      api.logger.debug?.("exec-guard: normalized package-manager invocation");
      return { params: { ...params, command: rewritten } };
    }
  });

  api.registerCommand({
    name: "execguard",
    description: "Show exec-guard status",
    handler: () => ({ text: `exec-guard active. Blocked this session: ${blocked}.` }),
  });
};
