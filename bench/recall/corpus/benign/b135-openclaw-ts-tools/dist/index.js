"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { install } = require("./hook");

module.exports = {
  id: "ts-tools",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.dir) return api.logger.warn("ts-tools: set `dir` to a folder of .ts tools");
    let ts;
    try { ts = require(require.resolve("typescript", { paths: [cfg.dir, process.cwd()] })); }
    catch { return api.logger.error("ts-tools: `typescript` is not installed (npm i -D typescript)"); }
    const dir = path.resolve(cfg.dir.replace(/^~(?=\/)/, os.homedir()));
    install({ root: dir, cacheDir: cfg.cacheDir || path.join(os.homedir(), ".cache", "openclaw-ts-tools"), ts });
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))) {
      try {
        const mod = require(path.join(dir, f));
        const tool = mod.default || mod;
        if (!tool.name || typeof tool.execute !== "function") { api.logger.warn(`ts-tools: ${f} does not export a tool`); continue; }
        api.registerTool(tool);
        api.logger.info(`ts-tools: registered ${tool.name} from ${f}`);
      } catch (e) {
        api.logger.error(`ts-tools: ${f}: ${e.message}`);
      }
    }
  },
};
