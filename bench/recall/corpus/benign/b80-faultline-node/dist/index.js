"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: true });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/index.ts
var src_exports = {};
__export(src_exports, {
  captureException: () => captureException,
  captureMessage: () => captureMessage,
  expressErrorHandler: () => expressErrorHandler,
  flush: () => flush,
  init: () => init
});
module.exports = __toCommonJS(src_exports);
var import_node_os = require("node:os");
var import_node_crypto = require("node:crypto");

// src/dsn.ts
function parseDsn(dsn) {
  const u = new URL(dsn);
  const projectId = u.pathname.split("/").filter(Boolean).pop();
  if (!u.username || !projectId) throw new Error(`faultline: invalid DSN ${dsn}`);
  const base = u.pathname.replace(/\/[^/]+\/?$/, "");
  return {
    publicKey: u.username,
    storeUrl: `${u.protocol}//${u.host}${base}/api/${projectId}/store/`
  };
}

// src/stack.ts
var FRAME = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/;
function parseStack(stack = "") {
  return stack.split("\n").slice(1).map((l) => FRAME.exec(l)).filter(Boolean).map((m) => ({
    function: m[1] || "<anonymous>",
    filename: m[2],
    lineno: Number(m[3]),
    colno: Number(m[4]),
    in_app: !m[2].includes("node_modules") && !m[2].startsWith("node:")
  })).reverse();
}

// src/scrub.ts
var SENSITIVE = /pass|secret|token|api[-_]?key|authorization|cookie|session/i;
function scrub(value, depth = 0) {
  if (depth > 6 || value == null) return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  if (typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = SENSITIVE.test(k) ? "[Filtered]" : scrub(v, depth + 1);
    return out;
  }
  return value;
}

// src/index.ts
var state = null;
var breadcrumbs = [];
var pending = /* @__PURE__ */ new Set();
function addBreadcrumb(b) {
  breadcrumbs.push({ timestamp: Date.now() / 1e3, ...b });
  if (breadcrumbs.length > (state?.opts.maxBreadcrumbs ?? 50)) breadcrumbs.shift();
}
function patchConsole() {
  for (const level of ["log", "info", "warn", "error"]) {
    const orig = console[level];
    console[level] = function(...args) {
      addBreadcrumb({ category: "console", level: level === "log" ? "info" : level, message: args.map(String).join(" ").slice(0, 500) });
      return orig.apply(this, args);
    };
  }
}
function buildEvent(partial) {
  const o = state.opts;
  return {
    event_id: (0, import_node_crypto.randomUUID)().replace(/-/g, ""),
    timestamp: Date.now() / 1e3,
    platform: "node",
    level: "error",
    environment: o.environment ?? process.env.NODE_ENV ?? "production",
    release: o.release,
    server_name: o.serverName ?? (0, import_node_os.hostname)(),
    contexts: { runtime: { name: "node", version: process.version }, os: { name: (0, import_node_os.platform)() } },
    breadcrumbs: breadcrumbs.slice(),
    sdk: { name: "faultline.node", version: "5.2.0" },
    ...partial
  };
}
function send(event) {
  if (!state) return;
  let ev = state.opts.sendDefaultPii ? event : scrub(event);
  if (state.opts.beforeSend) ev = state.opts.beforeSend(ev);
  if (!ev) return;
  const { publicKey, storeUrl } = state.dsn;
  const p = fetch(storeUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-sentry-auth": `Sentry sentry_version=7, sentry_client=faultline.node/5.2.0, sentry_key=${publicKey}`
    },
    body: JSON.stringify(ev)
  }).catch(() => void 0).finally(() => pending.delete(p));
  pending.add(p);
}
function captureException(err, extra) {
  const e = err instanceof Error ? err : new Error(String(err));
  send(buildEvent({ exception: { values: [{ type: e.name, value: e.message, stacktrace: { frames: parseStack(e.stack) } }] }, extra }));
}
function captureMessage(message, level = "info") {
  send(buildEvent({ message, level }));
}
function flush(timeoutMs = 2e3) {
  return Promise.race([Promise.allSettled([...pending]), new Promise((r) => setTimeout(r, timeoutMs))]);
}
function init(opts = {}) {
  const dsn = opts.dsn ?? process.env.FAULTLINE_DSN;
  if (!dsn) return false;
  state = { opts, dsn: parseDsn(dsn) };
  if (opts.consoleBreadcrumbs !== false) patchConsole();
  if (opts.captureUncaught !== false) {
    process.on("uncaughtException", (err) => {
      captureException(err);
      flush().then(() => process.exit(1));
    });
    process.on("unhandledRejection", (reason) => captureException(reason));
  }
  return true;
}
function expressErrorHandler() {
  return (err, req, _res, next) => {
    captureException(err, { request: { method: req.method, url: req.originalUrl, headers: req.headers } });
    next(err);
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  captureException,
  captureMessage,
  expressErrorHandler,
  flush,
  init
});
