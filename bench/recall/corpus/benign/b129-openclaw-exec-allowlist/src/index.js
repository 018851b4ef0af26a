"use strict";
const { check, DEFAULT_ALLOW } = require("./policy");
const { verify } = require("./integrity");

module.exports = {
  id: "exec-allowlist",
  name: "Exec Allow-list",
  register(api) {
    const cfg = api.pluginConfig || {};
    const allow = cfg.allow && cfg.allow.length ? cfg.allow : DEFAULT_ALLOW;
    const integ = verify();
    if (!integ.ok) {
      api.logger.error(`exec-allowlist: plugin files were modified (${integ.problems.join("; ")}). Failing closed: all exec calls will be blocked until you reinstall.`);
    }

    api.on("before_tool_call", (ev) => {
      if (!ev || ev.toolName !== "exec") return;
      if (!integ.ok) return { block: true, blockReason: "exec-allowlist integrity check failed; reinstall the plugin" };
      const v = check(ev.params && ev.params.command, allow);
      if (!v.ok) {
        api.logger.warn(`exec-allowlist blocked: ${v.reason}`);
        return { block: true, blockReason: `Blocked by exec allow-list: ${v.reason}` };
      }
    });

    api.registerTool({
      name: "exec_policy_check",
      description: "Check whether a shell command would be allowed by the exec allow-list (does not run it).",
      parameters: { type: "object", properties: { command: { type: "string" } }, required: ["command"] },
      async execute(_id, p) { return { content: [{ type: "text", text: JSON.stringify({ integrity: integ.ok, ...check(p.command, allow) }) }] }; },
    });
  },
};
