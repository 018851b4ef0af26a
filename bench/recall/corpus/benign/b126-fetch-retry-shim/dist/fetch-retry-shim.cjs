"use strict";Object.defineProperty(exports,"__esModule",{value:true});
// Opt-in: nothing is patched until install() is called by the application.
const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
let originals = null;

const delay = (ms) => new Promise((r) => setTimeout(r, ms));
function backoff(attempt, base, max) {
  const d = Math.min(max, base * 2 ** attempt);
  return d / 2 + Math.random() * (d / 2);
}
function retryAfter(res) {
  const h = res && res.headers && res.headers.get && res.headers.get('retry-after');
  if (!h) return null;
  const s = Number(h);
  return Number.isFinite(s) ? s * 1000 : Math.max(0, Date.parse(h) - Date.now());
}

function install({ retries = 3, base = 300, max = 10000, methods = IDEMPOTENT, onRetry } = {}) {
  if (originals) return uninstall;
  const g = globalThis;
  originals = { fetch: g.fetch, send: g.XMLHttpRequest && g.XMLHttpRequest.prototype.send, open: g.XMLHttpRequest && g.XMLHttpRequest.prototype.open };

  if (originals.fetch) {
    const orig = originals.fetch;
    g.fetch = async function retryingFetch(input, init) {
      const method = ((init && init.method) || (input && input.method) || 'GET').toUpperCase();
      if (!methods.has(method)) return orig.call(this, input, init);
      for (let attempt = 0; ; attempt++) {
        try {
          const req = input instanceof Request ? input.clone() : input;
          const res = await orig.call(this, req, init);
          if (!RETRY_STATUS.has(res.status) || attempt >= retries) return res; // response returned untouched
          const wait = retryAfter(res) ?? backoff(attempt, base, max);
          onRetry && onRetry({ url: String(input.url || input), attempt: attempt + 1, status: res.status, wait });
          await delay(wait);
        } catch (err) {
          if (err && err.name === 'AbortError') throw err;
          if (attempt >= retries) throw err;
          const wait = backoff(attempt, base, max);
          onRetry && onRetry({ url: String(input.url || input), attempt: attempt + 1, error: err, wait });
          await delay(wait);
        }
      }
    };
  }

  if (originals.send) {
    const P = g.XMLHttpRequest.prototype;
    P.open = function (method, url, ...rest) {
      this.__frs = { method: String(method).toUpperCase(), url, rest, attempt: 0 };
      return originals.open.call(this, method, url, ...rest);
    };
    P.send = function (body) {
      const meta = this.__frs;
      if (!meta || !methods.has(meta.method)) return originals.send.call(this, body);
      const xhr = this;
      const retry = () => {
        if (meta.attempt >= retries) return false;
        const wait = backoff(meta.attempt++, base, max);
        onRetry && onRetry({ url: meta.url, attempt: meta.attempt, status: xhr.status, wait });
        setTimeout(() => { originals.open.call(xhr, meta.method, meta.url, ...meta.rest); originals.send.call(xhr, body); }, wait);
        return true;
      };
      xhr.addEventListener('loadend', function handler(e) {
        if ((xhr.status === 0 || RETRY_STATUS.has(xhr.status)) && retry()) { e.stopImmediatePropagation(); return; }
        xhr.removeEventListener('loadend', handler);
      });
      return originals.send.call(this, body);
    };
  }
  return uninstall;
}

function uninstall() {
  if (!originals) return;
  const g = globalThis;
  if (originals.fetch) g.fetch = originals.fetch;
  if (originals.send) { g.XMLHttpRequest.prototype.send = originals.send; g.XMLHttpRequest.prototype.open = originals.open; }
  originals = null;
}

const isInstalled = () => originals !== null;
exports.install=install;exports.uninstall=uninstall;exports.isInstalled=isInstalled;
