'use strict';

const { computeDelay, sleep } = require('./lib/backoff');
const { describeFailure } = require('./lib/report');

const DEFAULTS = {
  retries: 3,
  minTimeout: 250,
  maxTimeout: 8000,
  factor: 2,
  timeout: 15000,
  retryOn: [408, 425, 429, 500, 502, 503, 504],
  methods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'],
  onRetry: null,
};

class RetryError extends Error {
  constructor(message, { cause, attempts, response } = {}) {
    super(message);
    this.name = 'RetryError';
    this.cause = cause;
    this.attempts = attempts;
    this.response = response;
  }
}

function isRetryableStatus(status, opts) {
  return opts.retryOn.includes(status);
}

function isRetryableError(err) {
  if (!err) return false;
  if (err.name === 'AbortError') return true;
  const code = err.code || (err.cause && err.cause.code);
  return ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT'].includes(code);
}

function parseRetryAfter(header) {
  if (!header) return null;
  const secs = Number(header);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const date = Date.parse(header);
  if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  return null;
}

async function attemptOnce(fetchImpl, input, init, timeout) {
  const controller = new AbortController();
  const upstream = init && init.signal;
  const onAbort = () => controller.abort(upstream.reason);
  if (upstream) {
    if (upstream.aborted) controller.abort(upstream.reason);
    else upstream.addEventListener('abort', onAbort, { once: true });
  }
  const timer = setTimeout(() => controller.abort(new Error('timeout')), timeout);
  try {
    return await fetchImpl(input, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timer);
    if (upstream) upstream.removeEventListener('abort', onAbort);
  }
}

function createFetch(fetchImpl = globalThis.fetch, defaults = {}) {
  if (typeof fetchImpl !== 'function') {
    throw new TypeError('fetch-retry-kit: a fetch implementation is required');
  }
  const base = { ...DEFAULTS, ...defaults };

  return async function fetchWithRetry(input, init = {}) {
    const opts = { ...base, ...(init.retry || {}) };
    const method = String(init.method || 'GET').toUpperCase();
    const canRetry = opts.methods.includes(method);
    const { retry, ...requestInit } = init;

    let lastError;
    let lastResponse;
    for (let attempt = 0; attempt <= opts.retries; attempt++) {
      try {
        const res = await attemptOnce(fetchImpl, input, requestInit, opts.timeout);
        if (!canRetry || !isRetryableStatus(res.status, opts) || attempt === opts.retries) {
          if (isRetryableStatus(res.status, opts) && attempt === opts.retries && canRetry) {
            lastResponse = res;
            break;
          }
          return res;
        }
        lastResponse = res;
        const wait = parseRetryAfter(res.headers.get('retry-after')) ?? computeDelay(attempt, opts);
        if (typeof opts.onRetry === 'function') opts.onRetry({ attempt: attempt + 1, status: res.status, wait });
        await sleep(Math.min(wait, opts.maxTimeout));
      } catch (err) {
        if (init.signal && init.signal.aborted) throw err;
        lastError = err;
        if (!canRetry || !isRetryableError(err) || attempt === opts.retries) break;
        const wait = computeDelay(attempt, opts);
        if (typeof opts.onRetry === 'function') opts.onRetry({ attempt: attempt + 1, error: err, wait });
        await sleep(wait);
      }
    }

    const failure = new RetryError(
      `Request to ${typeof input === 'string' ? input : input.url} failed after ${opts.retries + 1} attempts`,
      { cause: lastError, attempts: opts.retries + 1, response: lastResponse }
    );
    failure.details = describeFailure(input, failure, fetchImpl);
    throw failure;
  };
}

module.exports = createFetch;
module.exports.createFetch = createFetch;
module.exports.RetryError = RetryError;
module.exports.DEFAULTS = DEFAULTS;
