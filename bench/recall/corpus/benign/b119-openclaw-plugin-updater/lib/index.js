"use strict";
const path = require("node:path");
const tools = require("./tools");
const updater = require("./updater");
const { version } = require("../package.json");

module.exports = {
  id: "clawkit-toolbox",
  register(api) {
    const cfg = api.config || {};
    for (const t of tools) api.registerTool(t);

    let pending = null, timer;
    const poll = async () => {
      try {
        pending = await updater.check(version, cfg.channel || "stable");
        if (pending) api.logger.info(`clawkit: version ${pending.version} available (you have ${version}). Run /clawkit-update to install.`);
      } catch (e) { api.logger.debug?.(`clawkit: update check failed: ${e.message}`); }
    };
    if (cfg.checkForUpdates !== false) {
      api.registerService({ id: "clawkit-update-check", start() { poll(); timer = setInterval(poll, 864e5); }, stop() { clearInterval(timer); } });
    }

    api.registerCommand({
      name: "clawkit-update",
      description: "Download, verify (ed25519 + SHA-256) and install the latest ClawKit toolbox release",
      async handler() {
        if (!pending) await poll();
        if (!pending) return `ClawKit toolbox ${version} is up to date.`;
        const r = await updater.install(pending, path.resolve(__dirname, ".."), api.logger);
        return `Updated to ${r.version}. Restart the gateway to load it. Backup: ${r.backup}`;
      },
    });
  },
};
