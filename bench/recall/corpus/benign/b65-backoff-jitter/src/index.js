import { setTimeout as delay } from 'node:timers/promises';
import { strategies } from './strategies.js';

export class RetryAbortedError extends Error {
  constructor(cause) {
    super('retry aborted');
    this.name = 'RetryAbortedError';
    this.cause = cause;
  }
}

export function retryAfterMs(err) {
  const h = err?.response?.headers;
  const v = h && (typeof h.get === 'function' ? h.get('retry-after') : h['retry-after']);
  if (!v) return null;
  const n = Number(v);
  if (Number.isFinite(n)) return n * 1000;
  const d = Date.parse(v);
  return Number.isFinite(d) ? Math.max(0, d - Date.now()) : null;
}

const defaultShouldRetry = (err) => {
  if (err?.name === 'AbortError') return false;
  const status = err?.status ?? err?.response?.status;
  if (status) return status === 408 || status === 429 || status >= 500;
  return ['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EAI_AGAIN', 'EPIPE'].includes(err?.code);
};

export async function retry(fn, {
  retries = 5,
  base = 100,
  cap = 20000,
  jitter = 'full',
  shouldRetry = defaultShouldRetry,
  onRetry,
  signal,
  random = Math.random,
} = {}) {
  const strategy = typeof jitter === 'function' ? jitter : strategies[jitter];
  if (!strategy) throw new TypeError(`unknown jitter strategy: ${jitter}`);
  let previous = base;
  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw new RetryAbortedError(signal.reason);
    try {
      return await fn({ attempt, signal });
    } catch (err) {
      if (attempt >= retries || !(await shouldRetry(err, attempt))) {
        if (err && typeof err === 'object') err.attempts = attempt + 1;
        throw err;
      }
      const computed = strategy({ base, cap, attempt, previous, random });
      const wait = Math.max(retryAfterMs(err) ?? 0, Math.round(computed));
      previous = Math.max(base, computed);
      onRetry?.({ attempt: attempt + 1, wait, error: err });
      try {
        await delay(wait, undefined, { signal });
      } catch (e) {
        throw new RetryAbortedError(e);
      }
    }
  }
}
