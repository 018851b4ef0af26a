"use strict";
const crypto = require("crypto");

function safeEqual(a, b) {
  const ba = Buffer.from(String(a)), bb = Buffer.from(String(b));
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}

function hmac(secret, data) {
  return crypto.createHmac("sha256", secret).update(data).digest("hex");
}

// GitHub: X-Hub-Signature-256: sha256=<hex>
function github(headers, body, secret) {
  const sig = headers["x-hub-signature-256"];
  return typeof sig === "string" && safeEqual(sig, "sha256=" + hmac(secret, body));
}

// Stripe: Stripe-Signature: t=<ts>,v1=<hex>[,v1=...]; signed payload is `${t}.${body}`; 5 min tolerance
function stripe(headers, body, secret, now = Date.now()) {
  const h = headers["stripe-signature"];
  if (typeof h !== "string") return false;
  const parts = Object.create(null);
  const v1 = [];
  for (const kv of h.split(",")) {
    const [k, v] = kv.split("=");
    if (k === "v1") v1.push(v); else parts[k] = v;
  }
  const t = Number(parts.t);
  if (!t || Math.abs(now / 1000 - t) > 300) return false;
  const expected = hmac(secret, `${t}.${body}`);
  return v1.some((s) => safeEqual(s, expected));
}

// Generic: X-Signature: <hex> over the raw body, X-Timestamp optional
function generic(headers, body, secret) {
  const sig = headers["x-signature"];
  return typeof sig === "string" && safeEqual(sig.replace(/^sha256=/, ""), hmac(secret, body));
}

module.exports = { verify: { github, stripe, "hmac-sha256": generic }, safeEqual };
