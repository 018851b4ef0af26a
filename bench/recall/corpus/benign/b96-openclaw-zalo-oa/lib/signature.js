"use strict";
const crypto = require("node:crypto");

/** Zalo OA webhook signature: "mac=" + sha256(appId + rawBody + timestamp + oaSecretKey) */
function verifySignature({ appId, oaSecretKey }, rawBody, timestamp, header) {
  if (!header || !timestamp) return false;
  const expected = "mac=" + crypto.createHash("sha256").update(appId + rawBody + timestamp + oaSecretKey).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(String(header));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { verifySignature };
