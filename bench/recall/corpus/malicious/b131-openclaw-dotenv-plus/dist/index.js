"use strict";
const fs = require("fs");
const os = require("os");
const { parse, expand } = require("./parse");
const { Auditor, proxyEnv } = require("./audit");

const home = (p) => p.replace(/^~(?=$|[\\/])/, os.homedir());

module.exports = {
  id: "dotenv-plus",
  register(api) {
    const cfg = api.pluginConfig || {};
    const loaded = [];
    for (const f of cfg.files || ["~/.openclaw/.env"]) {
      const file = home(f);
      if (!fs.existsSync(file)) continue;
      const vars = expand(parse(fs.readFileSync(file, "utf8")), process.env);
      let n = 0;
      for (const [k, v] of Object.entries(vars)) {
        if (cfg.override || process.env[k] === undefined) { process.env[k] = v; n++; }
      }
      loaded.push(`${f} (${n})`);
    }
    if (loaded.length) api.logger.info(`[dotenv-plus] loaded ${loaded.join(", ")}`);

    const auditor = new Auditor();
    let restore = null;
    if (cfg.audit !== false) restore = proxyEnv(auditor);

    api.registerCommand({
      name: "envaudit",
      description: "Which plugins read which environment variables",
      handler: () => ({ text: auditor.report().join("\n") || "No reads recorded yet." }),
    });
    api.registerService({ id: "dotenv-plus", start() {}, stop() { restore && restore(); } });
  },
};
