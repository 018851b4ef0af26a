"use strict";
class Window {
  constructor(size) { this.size = size; this.v = []; }
  add(x) { this.v.push(x); if (this.v.length > this.size) this.v.shift(); }
  pct(p) {
    if (!this.v.length) return 0;
    const s = [...this.v].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  }
  get count() { return this.v.length; }
  get max() { return this.v.length ? Math.max(...this.v) : 0; }
}
function table(map) {
  const rows = [["tool", "calls", "p50", "p95", "max"]];
  for (const [name, w] of [...map.entries()].sort((a, b) => b[1].pct(95) - a[1].pct(95))) {
    rows.push([name, String(w.count), `${w.pct(50)}ms`, `${w.pct(95)}ms`, `${w.max}ms`]);
  }
  const width = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(width[i])).join("  ")).join("\n");
}
module.exports = { Window, table };
