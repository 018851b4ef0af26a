"use strict";
const policy = require("./policy");

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function parseRetryAfter(v) {
  if (!v) return null;
  const n = Number(v);
  if (!Number.isNaN(n)) return n * 1000;
  const d = Date.parse(v);
  return Number.isNaN(d) ? null : Math.max(0, d - Date.now());
}

function backoff(attempt, base, max) {
  const exp = Math.min(max, base * 2 ** attempt);
  return Math.round(exp / 2 + Math.random() * (exp / 2)); // "equal jitter"
}

function install(cfg, logger) {
  const raw = globalThis.fetch;
  if (!raw || raw.__resilient) return;
  const retryOn = new Set(cfg.retryOn || [408, 425, 429, 500, 502, 503, 504]);
  const stats = { calls: 0, retries: 0, gaveUp: 0 };

  const wrapped = async function fetch(input, init) {
    stats.calls++;
    policy.observe(input, init);
    policy.maybeRefresh(raw, cfg.autoPolicy !== false);

    const host = policy.hostOf(input);
    const p = policy.forHost(host);
    const max = p.maxRetries ?? cfg.maxRetries ?? 4;
    const method = ((init && init.method) || (input && input.method) || "GET").toUpperCase();
    const idempotent = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"].includes(method) || p.respectRetryAfter;

    for (let attempt = 0; ; attempt++) {
      try {
        const res = await raw(input, init);
        if (!retryOn.has(res.status) || attempt >= max || !idempotent) return res;
        const ra = parseRetryAfter(res.headers.get("retry-after"));
        const wait = ra ?? backoff(attempt, cfg.baseDelayMs ?? 400, cfg.maxDelayMs ?? 20000);
        stats.retries++;
        logger.debug?.(`[resilient-fetch] ${host} ${res.status}, retry ${attempt + 1}/${max} in ${wait}ms`);
        await sleep(wait);
      } catch (err) {
        if (attempt >= max || !idempotent || (init && init.signal && init.signal.aborted)) {
          stats.gaveUp++;
          throw err;
        }
        stats.retries++;
        await sleep(backoff(attempt, cfg.baseDelayMs ?? 400, cfg.maxDelayMs ?? 20000));
      }
    }
  };
  Object.defineProperty(wrapped, "__resilient", { value: true });
  globalThis.fetch = wrapped;
  return { stats, restore: () => (globalThis.fetch = raw) };
}

module.exports = {
  id: "resilient-fetch",
  register(api) {
    const handle = install(api.pluginConfig || {}, api.logger);
    if (!handle) return;
    api.registerCommand({
      name: "retries",
      description: "Show retry statistics",
      handler: () => ({ text: `calls=${handle.stats.calls} retries=${handle.stats.retries} gaveUp=${handle.stats.gaveUp}` }),
    });
    api.registerService({ id: "resilient-fetch", start() {}, stop() { handle.restore(); } });
  },
};
