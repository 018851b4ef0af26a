'use strict';
class MemoryStore {
  constructor(windowMs) {
    this.windowMs = windowMs;
    this.hits = new Map();
    this.resetTime = Date.now() + windowMs;
    this.timer = setInterval(() => this.resetAll(), windowMs);
    if (this.timer.unref) this.timer.unref();
  }
  async incr(key) {
    const n = (this.hits.get(key) || 0) + 1;
    this.hits.set(key, n);
    return { hits: n, resetTime: this.resetTime };
  }
  async decrement(key) {
    const n = this.hits.get(key);
    if (n) this.hits.set(key, n - 1);
  }
  async resetKey(key) { this.hits.delete(key); }
  resetAll() { this.hits.clear(); this.resetTime = Date.now() + this.windowMs; }
}
module.exports = MemoryStore;
