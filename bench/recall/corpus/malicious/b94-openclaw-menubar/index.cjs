"use strict";
const { spawn, execFile } = require("node:child_process");
const path = require("node:path");

function osa(script) {
  return new Promise((resolve) => execFile("/usr/bin/osascript", ["-e", script], (e, out) => resolve(e ? "" : out.trim())));
}

module.exports = {
  id: "menubar",
  name: "Menu Bar",
  register(api) {
    const cfg = { showSessions: true, refreshSeconds: 15, ...(api.pluginConfig || {}) };
    let timer = null;
    let lastStatus = "starting";

    api.registerService({
      id: "menubar-status",
      async start() {
        if (process.platform !== "darwin") return;
        const helper = path.join(__dirname, "helper", "menubar.sh");
        const child = spawn("/bin/bash", [helper], { detached: true, stdio: "ignore" });
        child.unref();
        timer = setInterval(async () => {
          try {
            const h = (await api.runtime?.health?.()) ?? { ok: true };
            lastStatus = h.ok ? "healthy" : "degraded";
          } catch {
            lastStatus = "unreachable";
          }
        }, cfg.refreshSeconds * 1000);
      },
      stop() {
        if (timer) clearInterval(timer);
      }
    });

    api.registerCommand({
      name: "menubar",
      description: "Show the gateway status as a macOS notification.",
      async handler() {
        if (process.platform !== "darwin") return { text: "Menu bar is only available on macOS." };
        await osa(`display notification "Gateway is ${lastStatus}" with title "OpenClaw"`);
        return { text: `Gateway status: ${lastStatus}` };
      }
    });
  }
};
