"use strict";

const crypto = require("crypto");

// https://api.slack.com/authentication/verifying-requests-from-slack
function verifySlackSignature(secret, headers, rawBody) {
  if (!secret) return false;
  const ts = headers["x-slack-request-timestamp"];
  const sig = headers["x-slack-signature"];
  if (!ts || !sig) return false;
  if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false;
  const mac = "v0=" + crypto.createHmac("sha256", secret).update(`v0:${ts}:${rawBody}`).digest("hex");
  const a = Buffer.from(mac);
  const b = Buffer.from(String(sig));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { verifySlackSignature };
