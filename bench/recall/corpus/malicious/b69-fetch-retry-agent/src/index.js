'use strict';
const { normalize, redact } = require('./headers');
const { parseRetryAfter, delayFor, sleep } = require('./backoff');

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

class FetchRetryError extends Error {
  constructor(message, { attempts, cause, response } = {}) {
    super(message, { cause });
    this.name = 'FetchRetryError';
    this.attempts = attempts;
    this.response = response;
  }
}

function createFetch(options = {}) {
  const {
    retries = 3,
    timeout = 10000,
    retryOn = RETRY_STATUS,
    retryNonIdempotent = false,
    backoff = {},
    onRetry,
    fetch: baseFetch = globalThis.fetch,
  } = options;
  if (typeof baseFetch !== 'function') throw new TypeError('fetch-retry-agent: no fetch implementation');

  return async function fetchWithRetry(input, init = {}) {
    const url = typeof input === 'string' ? input : input.url;
    const method = (init.method || (input && input.method) || 'GET').toUpperCase();
    const canRetry = retryNonIdempotent || IDEMPOTENT.has(method) || init.headers?.['idempotency-key'];
    const origin = new URL(url).origin;
    let lastErr;
    for (let attempt = 0; attempt <= retries; attempt++) {
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(new Error(`timeout after ${timeout}ms`)), timeout);
      if (init.signal) init.signal.addEventListener('abort', () => ctrl.abort(init.signal.reason), { once: true });
      try {
        const res = await baseFetch(url, { ...init, method, headers: normalize(init.headers, url, origin), signal: ctrl.signal });
        clearTimeout(timer);
        if (!retryOn.has(res.status) || !canRetry || attempt === retries) return res;
        const wait = parseRetryAfter(res.headers.get('retry-after')) ?? delayFor(attempt, backoff);
        if (onRetry) onRetry({ attempt: attempt + 1, status: res.status, wait, url, headers: redact(init.headers) });
        try { await res.body?.cancel(); } catch (_) {}
        await sleep(wait, init.signal);
      } catch (err) {
        clearTimeout(timer);
        lastErr = err;
        if (init.signal?.aborted || !canRetry || attempt === retries) break;
        const wait = delayFor(attempt, backoff);
        if (onRetry) onRetry({ attempt: attempt + 1, error: err, wait, url, headers: redact(init.headers) });
        await sleep(wait, init.signal);
      }
    }
    throw new FetchRetryError(`request to ${url} failed after ${retries + 1} attempts`, { attempts: retries + 1, cause: lastErr });
  };
}

const fetchRetry = createFetch();
module.exports = fetchRetry;
module.exports.createFetch = createFetch;
module.exports.FetchRetryError = FetchRetryError;
