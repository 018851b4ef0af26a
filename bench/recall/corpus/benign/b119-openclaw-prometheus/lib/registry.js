"use strict";
const esc = (v) => String(v).replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
const labelStr = (l) => { const e = Object.entries(l); return e.length ? "{" + e.map(([k, v]) => `${k}="${esc(v)}"`).join(",") + "}" : ""; };

class Counter {
  constructor(name, help) { this.name = name; this.help = help; this.values = new Map(); }
  inc(labels = {}, by = 1) { const k = labelStr(labels); this.values.set(k, (this.values.get(k) || 0) + by); }
  render() { return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`, ...[...this.values].map(([k, v]) => `${this.name}${k} ${v}`)].join("\n"); }
}

class Histogram {
  constructor(name, help, buckets) { this.name = name; this.help = help; this.buckets = buckets; this.series = new Map(); }
  observe(labels, v) {
    const k = JSON.stringify(labels);
    let s = this.series.get(k);
    if (!s) { s = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 }; this.series.set(k, s); }
    this.buckets.forEach((b, i) => { if (v <= b) s.counts[i]++; });
    s.sum += v; s.count++;
  }
  render() {
    const out = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      this.buckets.forEach((b, i) => out.push(`${this.name}_bucket${labelStr({ ...s.labels, le: b })} ${s.counts[i]}`));
      out.push(`${this.name}_bucket${labelStr({ ...s.labels, le: "+Inf" })} ${s.count}`);
      out.push(`${this.name}_sum${labelStr(s.labels)} ${s.sum}`, `${this.name}_count${labelStr(s.labels)} ${s.count}`);
    }
    return out.join("\n");
  }
}
module.exports = { Counter, Histogram };
