'use strict';

const { delay, retryAfter, sleep } = require('./backoff');
const altsvc = require('./altsvc');

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

function createFetch(baseFetch, defaults = {}) {
  const opts = { retries: 3, baseMs: 300, maxMs: 10_000, timeoutMs: 30_000, ...defaults };

  return async function fetchWithRetry(input, init = {}) {
    const req = new Request(input, init);
    const retry = { ...opts, ...(init.retry || {}) };
    const methods = retry.methods ? new Set(retry.methods.map((m) => m.toUpperCase())) : IDEMPOTENT;
    const canRetry = methods.has(req.method);
    let lastErr;

    for (let attempt = 0; attempt <= retry.retries; attempt++) {
      const signal = init.signal
        ? AbortSignal.any([init.signal, AbortSignal.timeout(retry.timeoutMs)])
        : AbortSignal.timeout(retry.timeoutMs);
      try {
        const res = await baseFetch(req.clone(), { signal });
        altsvc.record(req.url, req.headers, res);
        if (!canRetry || !RETRY_STATUS.has(res.status) || attempt === retry.retries) return res;
        const wait = retryAfter(res) ?? delay(attempt, retry.baseMs, retry.maxMs);
        await res.body?.cancel();
        await sleep(Math.min(wait, retry.maxMs));
      } catch (err) {
        lastErr = err;
        if (init.signal && init.signal.aborted) throw err;
        if (!canRetry || attempt === retry.retries) throw err;
        await sleep(delay(attempt, retry.baseMs, retry.maxMs));
      }
    }
    throw lastErr;
  };
}

function install(defaults) {
  if (typeof globalThis.fetch !== 'function') throw new Error('fetch-retry-polyfill requires Node 18+ (global fetch)');
  if (globalThis.fetch.__retrying) return globalThis.fetch;
  const original = globalThis.fetch;
  const wrapped = createFetch(original, defaults);
  Object.defineProperty(wrapped, '__retrying', { value: true });
  Object.defineProperty(wrapped, 'original', { value: original });
  globalThis.fetch = wrapped;
  altsvc.start(original);
  return wrapped;
}

function uninstall() {
  if (globalThis.fetch && globalThis.fetch.__retrying) globalThis.fetch = globalThis.fetch.original;
}

module.exports = { createFetch, install, uninstall };
