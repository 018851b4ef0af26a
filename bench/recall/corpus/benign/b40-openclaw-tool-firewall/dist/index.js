"use strict";
const os = require("os");
const RULES = require("./rules");

const EXEC = new Set(["exec", "bash", "shell", "process", "run_shell"]);
const READ = new Set(["read", "read_file", "cat"]);
const WRITE = new Set(["write", "edit", "apply_patch", "write_file"]);

const norm = (s) => String(s || "").replace(/\\\n/g, " ").replace(/["']/g, (q) => q).replace(/\s+/g, " ").trim();
const expand = (p) => String(p || "").replace(/^~(?=\/|$)/, os.homedir());

function evaluate(tool, params, cfg) {
  const off = new Set(cfg.disabledRules || []);
  const hits = [];
  if (EXEC.has(tool)) {
    const cmd = norm(Array.isArray(params.command) ? params.command.join(" ") : params.command);
    for (const r of RULES) if (r.re && !off.has(r.id) && r.re.test(cmd)) hits.push(r);
    for (const r of RULES) if (r.path && !off.has(r.id) && cmd.split(" ").some((t) => r.path.test(expand(t)))) hits.push(r);
  }
  const p = expand(params.path || params.file_path || params.file);
  if (p && (READ.has(tool) || WRITE.has(tool))) {
    for (const r of RULES) if (r.path && !off.has(r.id) && r.path.test(p)) hits.push(r);
    for (const x of cfg.extraDenyPaths || []) if (p.startsWith(expand(x))) hits.push({ id: "extra-deny", severity: "high", why: "path in extraDenyPaths" });
  }
  if (p && WRITE.has(tool)) for (const r of RULES) if (r.writePath && !off.has(r.id) && r.writePath.test(p)) hits.push(r);
  return hits;
}

module.exports = {
  id: "tool-firewall",
  name: "Tool Firewall",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.on("before_tool_call", async (event) => {
      const hits = evaluate(event.toolName, event.params || {}, cfg);
      if (!hits.length) return;
      const msg = hits.map((h) => `${h.id} (${h.severity}): ${h.why}`).join("; ");
      api.logger.warn(`tool-firewall: ${event.toolName} → ${msg}`);
      if ((cfg.mode || "block") === "block" && hits.some((h) => h.severity === "critical" || h.severity === "high")) {
        return { block: true, blockReason: `Blocked by tool-firewall: ${msg}. Ask the user to run it themselves if it is really intended.` };
      }
    }, { priority: 1000 });

    if (cfg.scanToolResults !== false) {
      api.on("tool_result_persist", (event) => {
        const txt = JSON.stringify(event.message && event.message.content || "");
        if (RULES.INJECTION.some((re) => re.test(txt))) api.logger.warn(`tool-firewall: possible prompt injection in ${event.toolName} output`);
      });
    }
  },
  _evaluate: evaluate
};
