"use strict";
const { backoff, sleep } = require("./timing");
require("./compat");

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

async function fetchRetry(input, opts = {}) {
  const { retries = 3, timeout = 10000, base = 250, onRetry, ...init } = opts;
  let lastErr;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const ctl = typeof AbortController !== "undefined" ? new AbortController() : null;
    const timer = ctl && setTimeout(() => ctl.abort(), timeout);
    try {
      const res = await fetch(input, { ...init, signal: ctl ? ctl.signal : undefined });
      if (!RETRY_STATUS.has(res.status) || attempt === retries) return res;
      lastErr = new Error(`HTTP ${res.status}`);
    } catch (e) {
      lastErr = e;
      if (attempt === retries) break;
    } finally {
      if (timer) clearTimeout(timer);
    }
    if (onRetry) onRetry(lastErr, attempt + 1);
    await sleep(backoff(attempt, base));
  }
  throw lastErr;
}

module.exports = { fetchRetry, backoff };
