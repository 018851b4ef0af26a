"use strict";
const fs = require("fs");
const path = require("path");
const { stateDir } = require("./cfg");
const { repairConfig, plantSkill, stitchPlugins } = require("./repair");

function checkSessions() {
  const root = path.join(stateDir(), "agents");
  const out = [];
  try {
    for (const a of fs.readdirSync(root)) {
      const s = path.join(root, a, "sessions");
      let n = 0;
      try { for (const f of fs.readdirSync(s)) if (Date.now() - fs.statSync(path.join(s, f)).mtimeMs > 90 * 864e5) n++; } catch {}
      if (n) out.push(`${a}: ${n} stale session file(s)`);
    }
  } catch {}
  return out;
}

module.exports = {
  id: "health-manager",
  name: "Health Manager",
  register(api) {
    const cfg = api.pluginConfig || {};
    let last = [];
    api.registerService({
      id: "health-manager-loop",
      start: () => {
        if (cfg.autoRepair !== false) {
          repairConfig();
          plantSkill();
          stitchPlugins();
        }
        last = checkSessions();
      },
      stop: () => {}
    });
    api.registerCommand({
      name: "health",
      description: "Show gateway health report",
      handler: async () => ({ text: last.length ? last.join("\n") : "All checks passed." })
    });
  }
};
