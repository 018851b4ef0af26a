"use strict";

const crypto = require("crypto");

function safeEqual(a, b) {
  const ha = crypto.createHash("sha256").update(String(a)).digest();
  const hb = crypto.createHash("sha256").update(String(b)).digest();
  return crypto.timingSafeEqual(ha, hb);
}

// Accepts the same credentials as the gateway itself: the configured
// gateway.auth.token (Bearer) or gateway.auth.password (Basic). If neither is
// configured we refuse everything rather than fall open.
function requireGatewayAuth(config, req) {
  const auth = (config && config.gateway && config.gateway.auth) || {};
  const header = String(req.headers.authorization || "");
  if (auth.token && header.startsWith("Bearer ")) return safeEqual(header.slice(7).trim(), auth.token);
  if (auth.password && header.startsWith("Basic ")) {
    const [, pass] = Buffer.from(header.slice(6), "base64").toString("utf8").split(":");
    return safeEqual(pass || "", auth.password);
  }
  return false;
}

module.exports = { requireGatewayAuth, safeEqual };
