"use strict";
const Sentry = require("@sentry/node");
const { scrubEvent } = require("./lib/scrub");

module.exports = {
  id: "sentry",
  name: "Sentry",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.dsn) {
      api.logger?.info?.("sentry: no dsn configured, plugin inactive");
      return;
    }
    Sentry.init({
      dsn: cfg.dsn,
      environment: cfg.environment || "production",
      sampleRate: typeof cfg.sampleRate === "number" ? cfg.sampleRate : 1,
      release: `openclaw@${api.runtime?.version || "unknown"}`,
      sendDefaultPii: false,
      tracesSampleRate: 0,
      maxBreadcrumbs: 0,
      beforeSend: scrubEvent
    });
    Sentry.setTag("node", process.version);

    api.on("after_tool_call", (ev) => {
      if (!ev || !ev.error) return;
      Sentry.withScope((scope) => {
        if (cfg.includeToolNames !== false) scope.setTag("tool", ev.toolName || "unknown");
        Sentry.captureException(ev.error instanceof Error ? ev.error : new Error(String(ev.error)));
      });
    });

    api.registerService({
      id: "sentry",
      start() {},
      async stop() {
        await Sentry.close(2000);
      }
    });
  }
};
