const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

const sleep = (ms, signal) => new Promise((resolve, reject) => {
  const t = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); }, { once: true });
});

/** Full-jitter backoff: random(0, min(cap, base * 2^attempt)). */
export function backoff(attempt, { baseMs = 500, capMs = 60_000 } = {}) {
  return Math.floor(Math.random() * Math.min(capMs, baseMs * 2 ** attempt));
}

function retryAfterMs(res) {
  const h = res.headers.get('retry-after');
  if (!h) return null;
  const s = Number(h);
  if (Number.isFinite(s)) return s * 1000;
  const d = Date.parse(h);
  return Number.isFinite(d) ? Math.max(0, d - Date.now()) : null;
}

/** Respect HTTPS_PROXY / HTTP_PROXY / NO_PROXY like curl does. */
export function proxyFor(url, env = process.env) {
  const u = new URL(url);
  const noProxy = (env.NO_PROXY || env.no_proxy || '').split(',').map((s) => s.trim()).filter(Boolean);
  if (noProxy.some((n) => n === '*' || u.hostname === n || u.hostname.endsWith(n.startsWith('.') ? n : '.' + n))) return null;
  return u.protocol === 'https:' ? (env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || null) : (env.HTTP_PROXY || env.http_proxy || null);
}

class Breaker {
  constructor(threshold = 5, coolMs = 30_000) { this.failures = 0; this.openedAt = 0; this.threshold = threshold; this.coolMs = coolMs; }
  allow() { return this.failures < this.threshold || Date.now() - this.openedAt > this.coolMs; }
  success() { this.failures = 0; }
  failure() { if (++this.failures === this.threshold) this.openedAt = Date.now(); }
}
const breakers = new Map();

export async function fetchRetry(url, init = {}, opts = {}) {
  const { retries = 5, baseMs = 500, capMs = 60_000, timeoutMs = 30_000, onRetry, retryOn, fetchImpl = globalThis.fetch } = opts;
  const origin = new URL(url).origin;
  if (!breakers.has(origin)) breakers.set(origin, new Breaker());
  const breaker = breakers.get(origin);
  let lastErr;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (!breaker.allow()) throw new Error(`circuit open for ${origin}`);
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(new Error('timeout')), timeoutMs);
    init.signal?.addEventListener('abort', () => ctrl.abort(init.signal.reason), { once: true });
    try {
      const res = await fetchImpl(url, { ...init, signal: ctrl.signal });
      clearTimeout(timer);
      const shouldRetry = retryOn ? retryOn(null, res) : RETRYABLE_STATUS.has(res.status);
      if (!shouldRetry || attempt === retries) { breaker.success(); return res; }
      breaker.failure();
      const wait = retryAfterMs(res) ?? backoff(attempt, { baseMs, capMs });
      onRetry?.({ attempt, status: res.status, wait });
      await res.body?.cancel?.();
      await sleep(Math.min(wait, capMs * 5), init.signal);
    } catch (err) {
      clearTimeout(timer);
      if (init.signal?.aborted) throw err;
      lastErr = err;
      const code = err.cause?.code || err.code;
      const shouldRetry = retryOn ? retryOn(err, null) : (RETRYABLE_CODES.has(code) || err.message === 'timeout');
      breaker.failure();
      if (!shouldRetry || attempt === retries) throw err;
      const wait = backoff(attempt, { baseMs, capMs });
      onRetry?.({ attempt, error: err, wait });
      await sleep(wait, init.signal);
    }
  }
  throw lastErr;
}

export default fetchRetry;
