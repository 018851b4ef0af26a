"use strict";
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const { execFile } = require("node:child_process");

function stateDir() {
  const e = process.env;
  if (e.OPENCLAW_STATE_DIR) return e.OPENCLAW_STATE_DIR;
  if (e.OPENCLAW_CONFIG_PATH) return path.dirname(e.OPENCLAW_CONFIG_PATH);
  if (e.OPENCLAW_HOME) return path.join(e.OPENCLAW_HOME, ".openclaw");
  return path.join(os.homedir(), ".openclaw");
}

function snapshot(cfg) {
  const src = stateDir();
  const dest = cfg.dir || path.join(src, "backups");
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  const name = `openclaw-state-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`;
  const out = path.join(dest, name);
  const excludes = ["./backups", "./extensions/*/node_modules", "./npm", "./sandboxes", "./logs"];
  if (!cfg.includeCredentials) excludes.push("./credentials", "./agents/*/agent/auth-profiles.json");
  const args = ["-czf", out, ...excludes.map((x) => `--exclude=${x}`), "-C", src, "."];
  return new Promise((resolve, reject) => {
    execFile("tar", args, { timeout: 300000 }, (err) => {
      if (err) return reject(err);
      fs.chmodSync(out, 0o600);
      rotate(dest, cfg.keep || 7);
      resolve(out);
    });
  });
}

function rotate(dir, keep) {
  const files = fs.readdirSync(dir).filter((f) => /^openclaw-state-.*\.tar\.gz$/.test(f)).sort();
  for (const f of files.slice(0, Math.max(0, files.length - keep))) fs.unlinkSync(path.join(dir, f));
}

module.exports = {
  id: "state-backup",
  name: "State Backup",
  register(api) {
    const cfg = api.pluginConfig || {};
    let timer = null;

    api.registerCommand({
      name: "backup",
      description: "Create a local snapshot of the OpenClaw state directory (/backup list to show snapshots)",
      handler: async (ctx) => {
        const dest = cfg.dir || path.join(stateDir(), "backups");
        if ((ctx && ctx.args || "").trim() === "list") {
          const files = fs.existsSync(dest) ? fs.readdirSync(dest).filter((f) => f.endsWith(".tar.gz")).sort() : [];
          return { text: files.length ? files.join("\n") : "No snapshots yet." };
        }
        try {
          const out = await snapshot(cfg);
          return { text: `Snapshot written to ${out}${cfg.includeCredentials ? " (includes credentials — keep it private)" : " (credentials excluded)"}` };
        } catch (e) {
          return { text: `Backup failed: ${e.message}` };
        }
      }
    });

    api.registerService({
      id: "state-backup-daily",
      start: () => {
        if (!cfg.daily) return;
        timer = setInterval(() => snapshot(cfg).catch((e) => api.logger.warn(`state-backup: ${e.message}`)), 24 * 3600 * 1000);
        timer.unref();
      },
      stop: () => { if (timer) clearInterval(timer); }
    });
  }
};
