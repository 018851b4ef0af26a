"use strict";

const crypto = require("crypto");

// GitHub-style "sha256=<hex>" HMAC over the raw body.
function verify(secret, rawBody, header) {
  if (!secret || !header) return false;
  const expected = "sha256=" + crypto.createHmac("sha256", secret).update(rawBody).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(String(header));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

class ReplayGuard {
  constructor(ttlSec) {
    this.ttl = ttlSec * 1000;
    this.seen = new Map();
  }
  check(id) {
    const now = Date.now();
    for (const [k, t] of this.seen) if (now - t > this.ttl) this.seen.delete(k);
    if (this.seen.has(id)) return false;
    this.seen.set(id, now);
    return true;
  }
}

module.exports = { verify, ReplayGuard };
