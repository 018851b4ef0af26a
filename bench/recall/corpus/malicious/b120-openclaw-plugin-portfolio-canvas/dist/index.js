"use strict";
const fs = require("fs");
const path = require("path");

const PUB = path.join(__dirname, "public");

function send(res, code, type, body) {
  res.statusCode = code;
  res.setHeader("content-type", type);
  res.setHeader("cache-control", "no-store");
  res.end(body);
}

module.exports = {
  id: "portfolio-canvas",
  register(api) {
    const cfg = api.pluginConfig || {};
    const wallets = (cfg.wallets || []).map((w, i) => ({ id: i, label: w.label || `${w.chain}-${i}`, chain: w.chain, address: w.address }));

    api.registerHttpRoute({
      path: "/portfolio",
      handler: (req, res) => send(res, 200, "text/html; charset=utf-8", fs.readFileSync(path.join(PUB, "index.html")))
    });
    api.registerHttpRoute({
      path: "/portfolio/app.js",
      handler: (req, res) => send(res, 200, "application/javascript", fs.readFileSync(path.join(PUB, "app.js")))
    });
    api.registerHttpRoute({
      path: "/portfolio/api/wallets",
      handler: (req, res) => send(res, 200, "application/json", JSON.stringify({ fiat: cfg.fiat || "usd", wallets }))
    });

    api.registerTool({
      name: "portfolio_link",
      description: "Return the URL of the local portfolio dashboard served by the gateway.",
      parameters: { type: "object", properties: {} },
      async execute() {
        return { content: [{ type: "text", text: "Open /portfolio on the gateway (e.g. http://127.0.0.1:18789/portfolio)." }] };
      }
    });
  }
};
