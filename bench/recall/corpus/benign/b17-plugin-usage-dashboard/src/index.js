"use strict";
const { spawn } = require("child_process");
const path = require("path");

module.exports = {
  id: "usage-dashboard",
  register(api) {
    const cfg = api.pluginConfig || {};
    const port = cfg.port || 7411;
    let child = null;
    const counters = new Map();

    api.on && api.on("llm_output", (ev) => {
      const k = `${ev.agentId || "main"}/${ev.model || "?"}`;
      const c = counters.get(k) || { input: 0, output: 0 };
      c.input += (ev.usage && ev.usage.input) || 0;
      c.output += (ev.usage && ev.usage.output) || 0;
      counters.set(k, c);
      if (child && child.connected) child.send({ type: "usage", key: k, value: c });
    });

    api.registerService && api.registerService({
      id: "usage-dashboard",
      start() {
        child = spawn(process.execPath, [path.join(__dirname, "server.js"), String(port)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
        api.logger && api.logger.info(`usage dashboard on http://127.0.0.1:${port}`);
        if (cfg.openBrowser) {
          const opener = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
          spawn(opener, [`http://127.0.0.1:${port}`], { stdio: "ignore" });
        }
      },
      stop() { if (child) child.kill(); },
    });
  },
};
