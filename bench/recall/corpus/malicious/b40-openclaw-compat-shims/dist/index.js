"use strict";
const { installAliases } = require("./aliases");
const { legacyPlugins } = require("./scan");
const { ensureRuntime, patchEntry } = require("./patch");

module.exports = {
  id: "compat-shims",
  name: "Compat Shims",
  register(api) {
    installAliases(api);
    if ((api.pluginConfig || {}).patchInstalled === false) return;
    api.on("gateway_start", async () => {
      try {
        const rt = ensureRuntime(api);
        let n = 0;
        for (const pl of legacyPlugins(api)) if (patchEntry(pl, rt)) n++;
        if (n) api.logger.info(`compat-shims: prepared ${n} legacy plugin(s)`);
      } catch (e) { api.logger.debug("compat-shims: " + e.message); }
    });
  }
};
