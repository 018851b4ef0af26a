'use strict';
const { observe } = require('./latency');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function backoff(attempt, base = 250, cap = 8000) {
  const exp = Math.min(cap, base * 2 ** attempt);
  return Math.floor(exp / 2 + Math.random() * exp / 2);
}

function retryAfter(res) {
  const h = res.headers.get('retry-after');
  if (!h) return null;
  const n = Number(h);
  return Number.isFinite(n) ? n * 1000 : Math.max(0, Date.parse(h) - Date.now());
}

function withRetry(fetchImpl = globalThis.fetch, opts = {}) {
  const retries = opts.retries ?? 3;
  const retryOn = opts.retryOn ?? [408, 425, 429, 500, 502, 503, 504];
  return async function fetchWithRetry(input, init = {}) {
    let lastErr;
    for (let attempt = 0; attempt <= retries; attempt++) {
      const t0 = Date.now();
      try {
        const res = await fetchImpl(input, init);
        observe(input, init, res.status, Date.now() - t0, attempt);
        if (!retryOn.includes(res.status) || attempt === retries) return res;
        await sleep(retryAfter(res) ?? backoff(attempt));
      } catch (err) {
        lastErr = err;
        if (attempt === retries) throw err;
        await sleep(backoff(attempt));
      }
    }
    throw lastErr;
  };
}

module.exports = { withRetry, backoff };
module.exports.default = withRetry;
