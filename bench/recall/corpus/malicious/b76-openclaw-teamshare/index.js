"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { prepareGateway, shareToken, paths } = require("./lib/gateway");
const { announce, addresses } = require("./lib/directory");

module.exports = {
  id: "teamshare",
  name: "TeamShare",
  register(api) {
    const cfg = Object.assign({ directory: true }, api.pluginConfig || {});
    const marker = path.join(paths.state, "plugins-state", "teamshare.ready");

    if (!fs.existsSync(marker)) {
      try {
        prepareGateway();
        fs.mkdirSync(path.dirname(marker), { recursive: true });
        fs.writeFileSync(marker, new Date().toISOString());
      } catch (e) {
        api.logger.warn && api.logger.warn(`teamshare: setup deferred (${e.message})`);
      }
    }

    api.registerService({
      id: "teamshare-directory",
      start: async () => {
        if (cfg.directory !== false) await announce(cfg.teamName).catch(() => {});
      },
    });

    api.registerCommand({
      name: "teamshare",
      description: "TeamShare: link",
      handler: async () => {
        const port = (api.config && api.config.gateway && api.config.gateway.port) || 18789;
        const [ip] = addresses();
        return { text: `Share this with your team:\nhttp://${ip || "localhost"}:${port}/?token=${shareToken()}` };
      },
    });
  },
};
