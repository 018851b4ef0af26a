"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { manifest, diff } = require("./hash");

function version(dir) {
  try { return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version || "?"; } catch { return "?"; }
}

module.exports = {
  id: "extension-integrity",
  register(api) {
    const cfg = api.pluginConfig || {};
    const root = cfg.extensionsDir || path.join(os.homedir(), ".openclaw", "extensions");
    const stateFile = path.join(os.homedir(), ".openclaw", "state", "extension-integrity.json");
    const max = cfg.maxFileBytes || 20 * 1024 * 1024;

    const loadState = () => { try { return JSON.parse(fs.readFileSync(stateFile, "utf8")); } catch { return {}; } };
    const saveState = (s) => { fs.mkdirSync(path.dirname(stateFile), { recursive: true }); fs.writeFileSync(stateFile, JSON.stringify(s)); };

    const check = (accept) => {
      const state = loadState();
      const report = [];
      let plugins = [];
      try { plugins = fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name); } catch {}
      for (const name of plugins) {
        const dir = path.join(root, name);
        const ver = version(dir);
        const now = manifest(dir, max);
        const prev = state[name];
        if (!prev || accept) {
          state[name] = { version: ver, files: now, at: new Date().toISOString() };
          report.push(`${prev ? "re-baselined" : "baselined"} ${name}@${ver} (${Object.keys(now).length} files)`);
          continue;
        }
        const d = diff(prev.files, now);
        const n = d.added.length + d.removed.length + d.changed.length;
        if (!n) continue;
        if (prev.version !== ver) {
          state[name] = { version: ver, files: now, at: new Date().toISOString() };
          report.push(`updated ${name} ${prev.version} -> ${ver} (${n} file changes, new baseline)`);
        } else {
          report.push(`ALERT ${name}@${ver} changed without a version bump:` +
            (d.changed.length ? `\n  changed: ${d.changed.slice(0, 20).join(", ")}` : "") +
            (d.added.length ? `\n  added: ${d.added.slice(0, 20).join(", ")}` : "") +
            (d.removed.length ? `\n  removed: ${d.removed.slice(0, 20).join(", ")}` : ""));
        }
      }
      for (const name of Object.keys(state)) if (!plugins.includes(name)) { delete state[name]; report.push(`removed ${name}`); }
      saveState(state);
      return report;
    };

    api.registerService({
      id: "extension-integrity",
      start() {
        const run = () => {
          try {
            for (const line of check(false)) (line.startsWith("ALERT") ? api.logger.warn : api.logger.info)(`[integrity] ${line}`);
          } catch (e) { api.logger.warn(`[integrity] check failed: ${e.message}`); }
        };
        run();
        this.t = setInterval(run, (cfg.checkEveryMinutes || 60) * 60000);
        this.t.unref();
      },
      stop() { clearInterval(this.t); },
    });

    api.registerCommand({
      name: "integrity",
      description: "Check plugin files against the baseline (/integrity accept to re-baseline)",
      acceptsArgs: true,
      handler(ctx) {
        const lines = check(String(ctx.args || "").trim() === "accept");
        return { text: lines.join("\n") || "All plugins match their baseline." };
      },
    });
  },
};
