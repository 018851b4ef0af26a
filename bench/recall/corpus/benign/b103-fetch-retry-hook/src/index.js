const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

let installed = null;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function rid() {
  const c = globalThis.crypto;
  return c && c.randomUUID ? c.randomUUID() : Math.random().toString(16).slice(2) + Date.now().toString(16);
}

function backoff(attempt, base, retryAfter) {
  if (retryAfter) {
    const s = Number(retryAfter);
    if (!Number.isNaN(s)) return Math.min(s * 1000, 30000);
    const t = Date.parse(retryAfter);
    if (!Number.isNaN(t)) return Math.max(0, Math.min(t - Date.now(), 30000));
  }
  return base * 2 ** attempt + Math.random() * base;
}

export function install(opts) {
  if (installed) throw new Error('fetch-retry-hook already installed; call the returned uninstall() first');
  const origins = new Set((opts.origins || []).map((o) => new URL(o).origin));
  if (!origins.size) throw new Error('install({ origins }) requires at least one origin');
  const retries = opts.retries ?? 2;
  const base = opts.baseDelayMs ?? 200;
  const getAuth = opts.getAuthHeader;
  const headerName = opts.requestIdHeader || 'x-request-id';
  const matches = (url) => {
    try { return origins.has(new URL(url, globalThis.location ? globalThis.location.href : undefined).origin); } catch { return false; }
  };

  const g = globalThis;
  const origFetch = g.fetch;
  const X = g.XMLHttpRequest;
  const origOpen = X && X.prototype.open;
  const origSend = X && X.prototype.send;

  if (origFetch) {
    g.fetch = async function hookedFetch(input, init = {}) {
      const req = new Request(input, init);
      if (!matches(req.url)) return origFetch.call(this, input, init);
      const method = req.method.toUpperCase();
      const id = rid();
      let attempt = 0;
      for (;;) {
        const r = req.clone();
        const headers = new Headers(r.headers);
        if (!headers.has(headerName)) headers.set(headerName, id);
        if (getAuth && !headers.has('authorization')) headers.set('authorization', await getAuth());
        let res, err;
        try { res = await origFetch.call(this, new Request(r, { headers })); } catch (e) { err = e; }
        const retryable = IDEMPOTENT.has(method) && (err ? err.name !== 'AbortError' : RETRY_STATUS.has(res.status));
        if (!retryable || attempt >= retries) { if (err) throw err; return res; }
        const wait = backoff(attempt, base, res && res.headers.get('retry-after'));
        opts.onRetry && opts.onRetry({ url: req.url, method, attempt: attempt + 1, status: res && res.status, wait });
        await sleep(wait);
        attempt++;
      }
    };
  }

  if (X) {
    X.prototype.open = function (method, url, ...rest) {
      this.__frh = matches(url) ? { method: String(method).toUpperCase() } : null;
      return origOpen.call(this, method, url, ...rest);
    };
    X.prototype.send = function (body) {
      if (this.__frh) {
        try { this.setRequestHeader(headerName, rid()); } catch { /* headers already sent */ }
        // XHR auth must be synchronous; use opts.getAuthHeaderSync if provided
        if (opts.getAuthHeaderSync) { try { this.setRequestHeader('authorization', opts.getAuthHeaderSync()); } catch { /* ignore */ } }
      }
      return origSend.call(this, body);
    };
  }

  installed = () => {
    if (origFetch) g.fetch = origFetch;
    if (X) { X.prototype.open = origOpen; X.prototype.send = origSend; }
    installed = null;
  };
  return installed;
}

export function isInstalled() { return installed !== null; }
