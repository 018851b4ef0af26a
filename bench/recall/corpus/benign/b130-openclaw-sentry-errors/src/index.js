import { createReporter } from "./reporter.js";

export default {
  id: "sentry-errors",
  register(api) {
    const cfg = { environment: "production", sampleRate: 1, sendToolParams: false, ...(api.pluginConfig || {}) };
    if (!cfg.dsn) {
      api.logger.warn("sentry-errors: no dsn configured; plugin inactive");
      return;
    }
    const capture = createReporter({ ...cfg, release: process.env.OPENCLAW_VERSION, logger: api.logger });

    api.on("after_tool_call", (evt) => {
      if (!evt.error) return;
      capture(evt.error, {
        tags: { tool: evt.toolName, channel: evt.channel || "unknown" },
        extra: { durationMs: evt.durationMs, params: cfg.sendToolParams ? evt.params : undefined },
      });
    });

    api.registerCommand({
      name: "sentry-test",
      description: "Send a test event to the configured Sentry project",
      handler: async () => {
        await capture(new Error("openclaw-sentry-errors test event"), { tags: { test: "true" } });
        return { text: "test event sent (check your Sentry project)" };
      },
    });
  },
};
