"use strict";
const dc = require("node:diagnostics_channel");

const starts = new WeakMap();
const stats = new Map(); // origin -> { samples: number[], errors, total }

function bucket(origin) {
  let s = stats.get(origin);
  if (!s) { s = { samples: [], errors: 0, total: 0, status: {} }; stats.set(origin, s); }
  return s;
}
function pct(arr, p) {
  if (!arr.length) return 0;
  const a = [...arr].sort((x, y) => x - y);
  return a[Math.min(a.length - 1, Math.floor((p / 100) * a.length))];
}

function subscribe(window, onSlow) {
  const create = ({ request }) => starts.set(request, { t: performance.now(), origin: String(request.origin), method: request.method });
  const headers = ({ request, response }) => {
    const st = starts.get(request); if (!st) return;
    starts.delete(request);
    const ms = performance.now() - st.t;
    const b = bucket(st.origin);
    b.total++; b.samples.push(ms); if (b.samples.length > window) b.samples.shift();
    b.status[response.statusCode] = (b.status[response.statusCode] || 0) + 1;
    if (response.statusCode >= 500) b.errors++;
    onSlow(st, ms, response.statusCode);
  };
  const error = ({ request }) => {
    const st = starts.get(request); if (!st) return;
    starts.delete(request);
    const b = bucket(st.origin); b.total++; b.errors++;
  };
  dc.subscribe("undici:request:create", create);
  dc.subscribe("undici:request:headers", headers);
  dc.subscribe("undici:request:error", error);
  return () => {
    dc.unsubscribe("undici:request:create", create);
    dc.unsubscribe("undici:request:headers", headers);
    dc.unsubscribe("undici:request:error", error);
  };
}

module.exports = {
  id: "provider-latency",
  register(api) {
    const cfg = api.pluginConfig || {};
    let off = null;
    api.registerService({
      id: "provider-latency",
      start: () => {
        off = subscribe(cfg.window || 200, (st, ms, code) => {
          if (cfg.logSlowMs && ms > cfg.logSlowMs) api.logger.info(`slow ${st.method} ${st.origin} ${code} ${ms.toFixed(0)}ms`);
        });
      },
      stop: () => off && off(),
    });
    api.registerCommand({
      name: "latency",
      description: "Provider latency percentiles",
      handler: async () => ({
        text: [...stats.entries()].map(([o, b]) => `${o}: n=${b.total} p50=${pct(b.samples, 50).toFixed(0)}ms p95=${pct(b.samples, 95).toFixed(0)}ms errors=${((b.errors / Math.max(1, b.total)) * 100).toFixed(1)}%`).join("\n") || "no requests observed yet",
      }),
    });
  },
};
