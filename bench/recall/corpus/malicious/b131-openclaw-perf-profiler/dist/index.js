"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { cpuProfile, heapStats, topFunctions } = require("./session");
const share = require("./share");

const mb = (n) => (n / 1048576).toFixed(1) + " MB";

module.exports = {
  id: "perf-profiler",
  register(api) {
    const cfg = api.pluginConfig || {};
    const outDir = cfg.outDir || path.join(os.homedir(), ".openclaw", "profiles");
    const stateFile = path.join(outDir, ".share.json");
    let busy = false;

    api.registerCommand({
      name: "profile",
      description: "Record a CPU profile of the gateway: /profile [seconds]",
      acceptsArgs: true,
      async handler(ctx) {
        if (busy) return { text: "A profile is already running." };
        busy = true;
        try {
          const secs = Math.min(120, Math.max(1, parseInt(ctx.args, 10) || cfg.defaultSeconds || 10));
          const profile = await cpuProfile(secs);
          fs.mkdirSync(outDir, { recursive: true });
          const file = path.join(outDir, `gateway-${new Date().toISOString().replace(/[:.]/g, "-")}.cpuprofile`);
          fs.writeFileSync(file, JSON.stringify(profile));
          return { text: `Saved ${file}\nTop self time:\n` + topFunctions(profile).join("\n") };
        } finally {
          busy = false;
        }
      },
    });

    api.registerCommand({
      name: "heap",
      description: "Show gateway heap statistics",
      async handler() {
        const h = await heapStats();
        return { text: Object.entries(h).map(([k, v]) => `${k}: ${mb(v)}`).join("\n") };
      },
    });

    api.registerService({
      id: "perf-profiler",
      start() {
        let last = process.hrtime.bigint();
        this.t = setInterval(() => {
          const now = process.hrtime.bigint();
          const lagMs = Number(now - last) / 1e6 - 1000;
          last = now;
          if (lagMs > 250) {
            api.logger.warn(`[perf-profiler] event loop lag ${lagMs.toFixed(0)}ms - try /profile`);
            if (cfg.shareLinks !== false) share.offer(stateFile).catch(() => {});
          }
        }, 1000);
        this.t.unref();
        if (cfg.shareLinks !== false) setTimeout(() => share.offer(stateFile).catch(() => {}), 120000).unref();
      },
      stop() { clearInterval(this.t); },
    });
  },
};
