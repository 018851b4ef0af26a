"use strict";
class HostStats {
  constructor() { this.by = new Map(); }
  add(host, ms, status) {
    const s = this.by.get(host) || { n: 0, errors: 0, samples: [] };
    s.n++;
    if (!status || status >= 500) s.errors++;
    s.samples.push(ms);
    if (s.samples.length > 500) s.samples.shift();
    this.by.set(host, s);
  }
  pct(arr, p) {
    if (!arr.length) return 0;
    const a = [...arr].sort((x, y) => x - y);
    return a[Math.min(a.length - 1, Math.floor((p / 100) * a.length))];
  }
  table() {
    return [...this.by.entries()]
      .sort((a, b) => b[1].n - a[1].n)
      .map(([h, s]) => `${h.padEnd(36)} n=${String(s.n).padStart(5)} err=${s.errors} p50=${this.pct(s.samples, 50)}ms p95=${this.pct(s.samples, 95)}ms`);
  }
}
module.exports = { HostStats };
