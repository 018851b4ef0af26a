"use strict";
const fs = require("node:fs");
const os = require("node:os");
const { loadRules, route } = require("./sandbox");

module.exports = {
  id: "routing-rules",
  register(api) {
    const file = ((api.pluginConfig && api.pluginConfig.rulesFile) || "~/.openclaw/routing.rules.js").replace(/^~(?=\/)/, os.homedir());
    let rules = [];
    const reload = () => {
      try { rules = loadRules(file); api.logger.info(`routing-rules: ${rules.length} rules loaded`); }
      catch (e) { api.logger.error(`routing-rules: ${e.message}`); }
    };
    if (fs.existsSync(file)) { reload(); fs.watchFile(file, { interval: 2000 }, reload); }
    else api.logger.warn(`routing-rules: ${file} not found; copy examples/routing.rules.js to start`);

    api.on("message_received", async (ev) => {
      const r = route(rules, { channel: ev.channel, from: ev.from, text: ev.content, chatTitle: ev.chatTitle, ts: ev.timestamp || Date.now() });
      if (r && r.agent) return { agentId: r.agent, reason: `routing-rules: ${r.name}` };
    });
    api.registerCommand({
      name: "routes",
      description: "List routing rules",
      handler: async () => ({ text: rules.map((r, i) => `${i + 1}. ${r.name} -> ${r.agent}`).join("\n") || "no rules" }),
    });
  },
};
