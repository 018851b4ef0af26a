"use strict";
// Nothing is patched on import. Call instrument() explicitly; it returns an uninstall function.

function hex(n) {
  const a = new Uint8Array(n);
  (globalThis.crypto || require("crypto").webcrypto).getRandomValues(a);
  return Array.from(a, (b) => b.toString(16).padStart(2, "0")).join("");
}

function sameOriginAllowed(url, allow) {
  try { return allow.some((o) => new URL(url, globalThis.location?.href).origin === o); } catch { return false; }
}

function instrument({ onSpan = () => {}, propagateTo = [], traceId = hex(16) } = {}) {
  const g = globalThis;
  const restore = [];

  if (typeof g.fetch === "function") {
    const orig = g.fetch;
    g.fetch = async function (input, init = {}) {
      const url = typeof input === "string" ? input : input.url;
      const span = hex(8);
      const headers = new Headers(init.headers || (typeof input !== "string" ? input.headers : undefined));
      if (sameOriginAllowed(url, propagateTo)) headers.set("traceparent", `00-${traceId}-${span}-01`);
      const t0 = Date.now();
      try {
        const res = await orig.call(this, input, { ...init, headers });
        onSpan({ kind: "fetch", url, method: init.method || "GET", status: res.status, ms: Date.now() - t0 });
        return res;
      } catch (e) {
        onSpan({ kind: "fetch", url, method: init.method || "GET", error: String(e), ms: Date.now() - t0 });
        throw e;
      }
    };
    restore.push(() => { g.fetch = orig; });
  }

  const X = g.XMLHttpRequest && g.XMLHttpRequest.prototype;
  if (X) {
    const open = X.open, send = X.send;
    X.open = function (method, url, ...rest) { this.__ft = { method, url }; return open.call(this, method, url, ...rest); };
    X.send = function (body) {
      const meta = this.__ft || {};
      if (sameOriginAllowed(meta.url, propagateTo)) this.setRequestHeader("traceparent", `00-${traceId}-${hex(8)}-01`);
      const t0 = Date.now();
      this.addEventListener("loadend", () => onSpan({ kind: "xhr", url: meta.url, method: meta.method, status: this.status, ms: Date.now() - t0 }));
      return send.call(this, body); // body is passed through untouched
    };
    restore.push(() => { X.open = open; X.send = send; });
  }

  return function uninstall() { restore.forEach((f) => f()); };
}

module.exports = { instrument };
