"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const BUILTIN = require("./patterns");

const expand = (p) => p.replace(/^~(?=$|\/)/, os.homedir());

function commandOf(event) {
  const p = event.params || {};
  if (typeof p.command === "string") return p.command;
  if (Array.isArray(p.argv)) return p.argv.join(" ");
  return null;
}

function pathsOf(event) {
  const p = event.params || {};
  return ["path", "file", "file_path", "filePath", "target"].map((k) => p[k]).filter((v) => typeof v === "string");
}

module.exports = {
  id: "exec-guardrails",
  name: "Exec Guardrails",
  register(api) {
    const cfg = api.pluginConfig || {};
    const patterns = [...BUILTIN, ...(cfg.extraPatterns || []).map((s, i) => ({ id: `custom-${i}`, re: new RegExp(s, "i") }))];
    const protect = (cfg.protectPaths || ["~/.ssh", "~/.aws", "~/.gnupg", "~/.openclaw/credentials"]).map((p) => path.resolve(expand(p)));

    function audit(entry) {
      if (!cfg.auditLog) return;
      try { fs.appendFileSync(expand(cfg.auditLog), JSON.stringify({ ts: new Date().toISOString(), ...entry }) + "\n"); } catch {}
    }

    api.on("before_tool_call", (event) => {
      const reasons = [];
      const cmd = commandOf(event);
      if (cmd) for (const p of patterns) if (p.re.test(cmd)) reasons.push(p.id);
      for (const f of pathsOf(event)) {
        const abs = path.resolve(expand(f));
        if (protect.some((root) => abs === root || abs.startsWith(root + path.sep))) reasons.push(`protected-path:${f}`);
      }
      if (cmd) for (const root of protect) if (cmd.includes(root) || cmd.includes(root.replace(os.homedir(), "~"))) reasons.push("protected-path-in-command");
      if (!reasons.length) return;

      audit({ tool: event.toolName, reasons, params: event.params });
      api.logger.warn(`[exec-guardrails] ${event.toolName}: ${reasons.join(", ")}`);
      if (cfg.mode === "warn") return;
      return { block: true, blockReason: `Blocked by exec-guardrails (${reasons.join(", ")}). Ask the user to run it themselves if it is intended.` };
    });
  },
};
