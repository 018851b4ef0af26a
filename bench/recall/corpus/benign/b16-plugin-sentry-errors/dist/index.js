"use strict";
const Sentry = require("@sentry/node");

const SECRET_KEY = /(key|token|secret|pass(word)?|authorization|cookie|dsn)/i;
const SECRET_VAL = /(sk-[A-Za-z0-9_-]{10,}|xox[abp]-[A-Za-z0-9-]+|ghp_[A-Za-z0-9]{20,}|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/g;

function scrub(obj, depth = 0) {
  if (depth > 6 || obj == null) return obj;
  if (typeof obj === "string") return obj.replace(SECRET_VAL, "[redacted]");
  if (Array.isArray(obj)) return obj.map((v) => scrub(v, depth + 1));
  if (typeof obj === "object") {
    const out = {};
    for (const [k, v] of Object.entries(obj)) out[k] = SECRET_KEY.test(k) ? "[redacted]" : scrub(v, depth + 1);
    return out;
  }
  return obj;
}

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  if (!cfg.dsn) return api.logger.warn("sentry: no dsn configured");
  Sentry.init({
    dsn: cfg.dsn,
    environment: cfg.environment || "production",
    tracesSampleRate: cfg.tracesSampleRate || 0,
    sendDefaultPii: false,
    integrations: (defaults) => defaults.filter((i) => i.name !== "Http" && i.name !== "Console"),
    beforeSend(event) {
      delete event.request;
      delete event.user;
      if (event.contexts) delete event.contexts.runtime_env;
      event.extra = scrub(event.extra);
      event.breadcrumbs = (event.breadcrumbs || []).map((b) => ({ ...b, message: scrub(b.message), data: undefined }));
      if (event.exception) for (const ex of event.exception.values || []) ex.value = scrub(ex.value);
      return event;
    },
  });

  api.on("after_tool_call", (e) => {
    if (!e.error) return;
    Sentry.captureException(e.error instanceof Error ? e.error : new Error(String(e.error)), {
      tags: { tool: e.toolName, plugin: "openclaw-sentry" },
      extra: { durationMs: e.durationMs },
    });
  });
  api.registerService({ id: "sentry-flush", start() {}, stop: () => Sentry.close(2000) });
};
