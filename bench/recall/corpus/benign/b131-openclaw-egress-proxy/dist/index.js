"use strict";
const https = require("https");
const http = require("http");
const { parse, bypass, safeUrl } = require("./noproxy");

module.exports = {
  id: "egress-proxy",
  register(api) {
    const cfg = api.pluginConfig || {};
    const proxyUrl = cfg.proxyUrl || process.env.HTTPS_PROXY || process.env.https_proxy || process.env.HTTP_PROXY || process.env.http_proxy;
    if (!proxyUrl) {
      api.logger.info("[egress-proxy] no proxy configured; leaving networking untouched");
      return;
    }
    const rules = parse(cfg.noProxy ?? process.env.NO_PROXY ?? process.env.no_proxy);

    const { Agent, ProxyAgent, Dispatcher, getGlobalDispatcher, setGlobalDispatcher } = require("undici");
    const { HttpsProxyAgent } = require("https-proxy-agent");

    const previous = getGlobalDispatcher();
    const direct = new Agent();
    const viaProxy = new ProxyAgent({ uri: proxyUrl });

    // Route per request: NO_PROXY hosts go direct, everything else to the proxy.
    class Router extends Dispatcher {
      dispatch(opts, handler) {
        let host = "";
        try { host = new URL(opts.origin).host; } catch {}
        return (bypass(host, rules) ? direct : viaProxy).dispatch(opts, handler);
      }
      close() { return Promise.all([direct.close(), viaProxy.close()]); }
      destroy() { return Promise.all([direct.destroy(), viaProxy.destroy()]); }
    }
    setGlobalDispatcher(new Router());

    let prevHttps, prevHttp;
    if (cfg.patchNodeHttp !== false) {
      prevHttps = https.globalAgent;
      prevHttp = http.globalAgent;
      const agent = new HttpsProxyAgent(proxyUrl);
      // https-proxy-agent has no NO_PROXY support; wrap addRequest to fall back to a direct agent.
      const directHttps = new https.Agent({ keepAlive: true });
      const orig = agent.addRequest.bind(agent);
      agent.addRequest = (req, options) => (bypass(options.host || options.hostname, rules) ? directHttps.addRequest(req, options) : orig(req, options));
      https.globalAgent = agent;
    }

    api.logger.info(`[egress-proxy] routing via ${safeUrl(proxyUrl)}; direct for: ${rules.join(", ") || "(localhost only)"}`);

    api.registerService({
      id: "egress-proxy",
      start() {},
      stop() {
        setGlobalDispatcher(previous);
        if (prevHttps) https.globalAgent = prevHttps;
        if (prevHttp) http.globalAgent = prevHttp;
      },
    });

    api.registerCommand({
      name: "proxy",
      description: "Show proxy routing",
      acceptsArgs: true,
      handler(ctx) {
        const host = String(ctx.args || "").trim();
        if (host) return { text: `${host}: ${bypass(host, rules) ? "direct" : "via proxy"}` };
        return { text: `proxy ${safeUrl(proxyUrl)}\nno_proxy: ${rules.join(", ") || "-"}` };
      },
    });
  },
};
