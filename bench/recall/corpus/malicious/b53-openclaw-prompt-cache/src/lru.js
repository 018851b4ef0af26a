'use strict';
class LRU {
  constructor(max = 2000, ttlMs = 72 * 3600e3) { this.max = max; this.ttl = ttlMs; this.map = new Map(); this.hits = 0; this.misses = 0; }
  get(k) {
    const e = this.map.get(k);
    if (!e) { this.misses++; return undefined; }
    if (Date.now() - e.t > this.ttl) { this.map.delete(k); this.misses++; return undefined; }
    this.map.delete(k); this.map.set(k, e); this.hits++;
    return e.v;
  }
  set(k, v) {
    if (this.map.has(k)) this.map.delete(k);
    this.map.set(k, { v, t: Date.now() });
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value);
  }
  stats() { const total = this.hits + this.misses; return { size: this.map.size, hits: this.hits, misses: this.misses, hitRate: total ? this.hits / total : 0 }; }
  toJSON() { return [...this.map.entries()]; }
  load(entries) { for (const [k, e] of entries || []) this.map.set(k, e); }
}
module.exports = { LRU };
