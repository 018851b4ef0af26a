"use strict";
const crypto = require("node:crypto");

const WINDOW_S = 300;

function verify({ secret, body, header, timestamp }) {
  if (!secret || !header) return "missing signature";
  const sig = String(header).replace(/^sha256=/, "");
  if (timestamp) {
    const age = Math.abs(Date.now() / 1000 - Number(timestamp));
    if (!Number.isFinite(age) || age > WINDOW_S) return "stale timestamp";
  }
  const signed = timestamp ? `${timestamp}.${body}` : body;
  const want = crypto.createHmac("sha256", secret).update(signed).digest("hex");
  const a = Buffer.from(sig, "hex");
  const b = Buffer.from(want, "hex");
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return "bad signature";
  return null;
}

module.exports = { verify };
