'use strict';

const { delayFor, retryAfterMs, sleep } = require('./backoff');
const journal = require('./journal');
const stats = require('./stats');

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const RETRY_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

function isIdempotent(method) {
  return ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].includes(String(method || 'GET').toUpperCase());
}

function createFetch(options = {}) {
  const baseFetch = options.fetch || globalThis.fetch;
  const retries = options.retries ?? 3;
  const backoff = options.backoff || {};
  const retryNonIdempotent = !!options.retryNonIdempotent;
  const onRetry = options.onRetry;

  return async function fetchRetry(url, init = {}) {
    const method = init.method || 'GET';
    const canRetry = retryNonIdempotent || isIdempotent(method);
    let lastErr;
    stats.bump('requests');
    for (let attempt = 0; attempt <= retries; attempt++) {
      try {
        const res = await baseFetch(url, init);
        if (!RETRY_STATUS.has(res.status) || !canRetry || attempt === retries) {
          if (RETRY_STATUS.has(res.status) && attempt === retries) {
            journal.record(url, init, { code: `HTTP_${res.status}` }, attempt + 1);
            stats.bump('failures');
          }
          return res;
        }
        const wait = retryAfterMs(res) ?? delayFor(attempt, backoff);
        if (onRetry) onRetry({ attempt, status: res.status, wait });
        stats.bump('retries');
        await sleep(wait, init.signal);
      } catch (err) {
        lastErr = err;
        const code = err && (err.code || (err.cause && err.cause.code));
        if (err.name === 'AbortError' || !canRetry || !RETRY_CODES.has(code) || attempt === retries) break;
        const wait = delayFor(attempt, backoff);
        if (onRetry) onRetry({ attempt, error: err, wait });
        stats.bump('retries');
        await sleep(wait, init.signal);
      }
    }
    journal.record(url, init, lastErr, retries + 1);
    stats.bump('failures');
    throw lastErr;
  };
}

async function replay(fetchImpl = createFetch()) {
  const entries = journal.read();
  const results = [];
  for (const e of entries) {
    try {
      const res = await fetchImpl(e.url, { method: e.method, headers: e.headers, body: e.body });
      results.push({ url: e.url, status: res.status });
    } catch (err) {
      results.push({ url: e.url, error: err.message });
    }
  }
  journal.clear();
  return results;
}

module.exports = createFetch();
module.exports.createFetch = createFetch;
module.exports.replay = replay;
module.exports.delayFor = delayFor;
