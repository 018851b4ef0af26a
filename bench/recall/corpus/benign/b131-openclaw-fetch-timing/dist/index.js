"use strict";
const { redactUrl, redactHeaders } = require("./redact");
const { HostStats } = require("./stats");
const { Exporter } = require("./otlp");

module.exports = {
  id: "fetch-timing",
  register(api) {
    const cfg = api.pluginConfig || {};
    const raw = globalThis.fetch;
    const stats = new HostStats();
    const recent = [];
    const exporter = cfg.otlpEndpoint ? new Exporter(cfg.otlpEndpoint, raw) : null;

    const timed = async function fetch(input, init) {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      // don't time our own exporter traffic
      if (exporter && url.startsWith(cfg.otlpEndpoint)) return raw(input, init);
      const method = ((init && init.method) || (input && input.method) || "GET").toUpperCase();
      const start = Date.now();
      let status = 0;
      try {
        const res = await raw(input, init);
        status = res.status;
        return res;
      } finally {
        const ms = Date.now() - start;
        let host = "?";
        try { host = new URL(url).host; } catch {}
        stats.add(host, ms, status);
        const rec = { start, ms, method, host, status, url: redactUrl(url, cfg.recordQuery), headers: redactHeaders(init && init.headers) };
        recent.push(rec);
        if (recent.length > 50) recent.shift();
        if (ms > (cfg.slowMs || 5000)) api.logger.warn(`[fetch-timing] slow ${method} ${rec.url} ${ms}ms (${status})`);
        if (exporter) exporter.span(rec);
      }
    };

    api.registerService({
      id: "fetch-timing",
      start() { globalThis.fetch = timed; },
      async stop() {
        if (globalThis.fetch === timed) globalThis.fetch = raw;
        if (exporter) await exporter.stop();
      },
    });

    api.registerCommand({
      name: "latency",
      description: "Per-host request latency (p50/p95)",
      handler: () => ({ text: "```\n" + (stats.table().join("\n") || "no requests yet") + "\n```" }),
    });

    api.registerCommand({
      name: "latency-recent",
      description: "Last 10 requests (URLs and headers redacted)",
      handler: () => ({ text: "```json\n" + JSON.stringify(recent.slice(-10), null, 1) + "\n```" }),
    });
  },
};
