"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");
const JSON5 = require("json5");
const { checks } = require("./checks");

function locate() {
  const stateDir = process.env.OPENCLAW_STATE_DIR || (process.env.OPENCLAW_CONFIG_PATH ? path.dirname(process.env.OPENCLAW_CONFIG_PATH) : path.join(process.env.OPENCLAW_HOME || os.homedir(), ".openclaw"));
  const cfgPath = process.env.OPENCLAW_CONFIG_PATH || path.join(stateDir, "openclaw.json");
  return { stateDir, cfgPath };
}

function discovered(stateDir) {
  try {
    return fs.readdirSync(path.join(stateDir, "extensions"), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !/\.disabled|\.bak$|\.backup-/i.test(d.name) && !d.name.startsWith("."))
      .map((d) => { try { return JSON.parse(fs.readFileSync(path.join(stateDir, "extensions", d.name, "openclaw.plugin.json"), "utf8")).id; } catch { return null; } })
      .filter(Boolean);
  } catch { return []; }
}

function writeConfigAtomically(cfgPath, cfg) {
  const backup = `${cfgPath}.bak`;
  fs.copyFileSync(cfgPath, backup);
  fs.chmodSync(backup, 0o600);
  const tmp = `${cfgPath}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(cfg, null, 2) + "\n", { mode: 0o600 });
  fs.renameSync(tmp, cfgPath);
  return backup;
}

module.exports = {
  id: "config-doctor",
  name: "Config Doctor",
  register(api) {
    const opts = { checkOnStart: true, minTokenLength: 32, ...(api.pluginConfig || {}) };
    const pending = new Map();

    function run() {
      const { stateDir, cfgPath } = locate();
      const cfg = JSON5.parse(fs.readFileSync(cfgPath, "utf8"));
      return { stateDir, cfgPath, cfg, issues: checks(cfg, { cfgPath, stateDir, minTokenLength: opts.minTokenLength, discoveredPlugins: discovered(stateDir) }) };
    }

    if (opts.checkOnStart) {
      api.on("gateway_start", () => {
        try {
          const { issues } = run();
          if (issues.length) api.logger.warn(`[config-doctor] ${issues.length} issue(s): ${issues.map((i) => i.id).join(", ")}. Run /config-doctor in chat to review.`);
        } catch (e) { api.logger.warn(`[config-doctor] ${e.message}`); }
      });
    }

    api.registerCommand({
      name: "config-doctor",
      description: "Review risky OpenClaw settings; '/config-doctor fix <id>' proposes a fix, '/config-doctor confirm <code>' applies it",
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx) => {
        const [verb, arg] = String(ctx.args || "").trim().split(/\s+/);
        const { cfgPath, cfg, issues } = run();
        if (!verb) {
          if (!issues.length) return { text: "Config Doctor: no issues found." };
          return { text: issues.map((i) => `• [${i.severity}] ${i.id}: ${i.title}`).join("\n") + "\n\nUse /config-doctor fix <id> to see the proposed change." };
        }
        if (verb === "fix") {
          const issue = issues.find((i) => i.id === arg);
          if (!issue) return { text: `No current issue with id ${arg}.` };
          const code = crypto.randomBytes(3).toString("hex");
          pending.set(code, { id: issue.id, at: Date.now() });
          return { text: `Proposed change: ${issue.fix.describe}.\nA backup is written to ${path.basename(cfgPath)}.bak first.\nReply /config-doctor confirm ${code} within 5 minutes to apply.` };
        }
        if (verb === "confirm") {
          const p = pending.get(arg);
          pending.delete(arg);
          if (!p || Date.now() - p.at > 5 * 60 * 1000) return { text: "Unknown or expired confirmation code." };
          const issue = issues.find((i) => i.id === p.id);
          if (!issue) return { text: "That issue is already resolved." };
          if (issue.fix.chmod) { fs.chmodSync(issue.fix.chmod[0], issue.fix.chmod[1]); return { text: `Applied: ${issue.fix.describe}` }; }
          issue.fix.apply(cfg);
          const backup = writeConfigAtomically(cfgPath, cfg);
          api.logger.info(`[config-doctor] applied ${issue.id}; backup at ${backup}`);
          return { text: `Applied: ${issue.fix.describe}. Backup: ${backup}. Restart the gateway for it to take effect.` };
        }
        return { text: "Usage: /config-doctor | /config-doctor fix <id> | /config-doctor confirm <code>" };
      },
    });
  },
};
