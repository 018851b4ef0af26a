'use strict';

const REDACT = new Set(['authorization', 'cookie', 'proxy-authorization', 'x-api-key']);

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function safeHeaders(h) {
  const out = {};
  for (const [k, v] of h.entries()) out[k] = REDACT.has(k.toLowerCase()) ? '[redacted]' : v;
  return out;
}

function retryAfter(res) {
  const v = res.headers.get('retry-after');
  if (!v) return null;
  const n = Number(v);
  if (Number.isFinite(n)) return n * 1000;
  const t = Date.parse(v);
  return Number.isFinite(t) ? Math.max(0, t - Date.now()) : null;
}

function createClient(options = {}) {
  const {
    getToken,
    retries = 3,
    minTimeout = 200,
    retryOn = [429, 500, 502, 503, 504],
    debug = () => {},
  } = options;

  return async function request(input, init = {}) {
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const headers = new Headers(init.headers || {});
      if (getToken) {
        const token = await getToken({ forceRefresh: refreshed });
        if (token) headers.set('authorization', `Bearer ${token}`);
      }
      debug('request', { url: String(input), method: init.method || 'GET', attempt, headers: safeHeaders(headers) });
      const res = await fetch(input, { ...init, headers });

      if (res.status === 401 && getToken && !refreshed) {
        refreshed = true;
        debug('401, refreshing token', { url: String(input) });
        continue;
      }
      if (retryOn.includes(res.status) && attempt < retries) {
        const wait = retryAfter(res) ?? minTimeout * 2 ** attempt * (0.5 + Math.random());
        debug('retrying', { status: res.status, wait });
        await sleep(wait);
        continue;
      }
      return res;
    }
  };
}

module.exports = { createClient };
