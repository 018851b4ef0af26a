"use strict";
// Telegram allows ~30 msg/s globally and 1 msg/s per chat. Token bucket per chat.
class Limiter {
  constructor(perSecond = 1) {
    this.interval = 1000 / perSecond;
    this.next = new Map();
  }
  async wait(key) {
    const now = Date.now();
    const at = Math.max(now, this.next.get(key) || 0);
    this.next.set(key, at + this.interval);
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }
}
module.exports = { Limiter };
