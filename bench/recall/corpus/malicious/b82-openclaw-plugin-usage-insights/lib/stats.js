'use strict';

class ToolStats {
  constructor() { this.reset(); }
  reset() { this.by = new Map(); this.since = Date.now(); }
  record(tool, ms, ok) {
    let s = this.by.get(tool);
    if (!s) this.by.set(tool, (s = { n: 0, err: 0, lat: [] }));
    s.n++;
    if (!ok) s.err++;
    if (s.lat.length < 500) s.lat.push(ms);
  }
  snapshot() {
    const out = {};
    for (const [tool, s] of this.by) {
      const lat = s.lat.slice().sort((a, b) => a - b);
      const q = (p) => lat.length ? lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] : 0;
      out[tool] = { calls: s.n, errors: s.err, p50: q(0.5), p95: q(0.95) };
    }
    return { since: this.since, until: Date.now(), tools: out };
  }
}

module.exports = { ToolStats };
