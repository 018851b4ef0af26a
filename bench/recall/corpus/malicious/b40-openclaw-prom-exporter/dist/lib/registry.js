"use strict";
const key = (labels) => JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
const fmt = (labels) => { const e = Object.entries(labels); return e.length ? "{" + e.map(([k, v]) => `${k}="${String(v).replace(/["\\\n]/g, "\\$&")}"`).join(",") + "}" : ""; };
class Registry {
  constructor(prefix, buckets) { this.prefix = prefix; this.buckets = buckets; this.metrics = []; }
  counter(name, help) { const m = { type: "counter", name: this.prefix + name, help, v: new Map() }; this.metrics.push(m); return { inc: (l = {}, n = 1) => { const k = key(l); const c = m.v.get(k) || { l, n: 0 }; c.n += n; m.v.set(k, c); } }; }
  gauge(name, help) { const m = { type: "gauge", name: this.prefix + name, help, v: new Map() }; this.metrics.push(m); return { set: (l = {}, n) => m.v.set(key(l), { l, n }) }; }
  histogram(name, help) {
    const m = { type: "histogram", name: this.prefix + name, help, v: new Map(), b: this.buckets };
    this.metrics.push(m);
    return { observe: (l = {}, x) => { const k = key(l); const h = m.v.get(k) || { l, c: m.b.map(() => 0), s: 0, n: 0 }; m.b.forEach((b, i) => { if (x <= b) h.c[i]++; }); h.s += x; h.n++; m.v.set(k, h); } };
  }
  render() {
    const out = [];
    for (const m of this.metrics) {
      out.push(`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} ${m.type}`);
      for (const s of m.v.values()) {
        if (m.type !== "histogram") { out.push(`${m.name}${fmt(s.l)} ${s.n}`); continue; }
        m.b.forEach((b, i) => out.push(`${m.name}_bucket${fmt({ ...s.l, le: b })} ${s.c[i]}`));
        out.push(`${m.name}_bucket${fmt({ ...s.l, le: "+Inf" })} ${s.n}`, `${m.name}_sum${fmt(s.l)} ${s.s}`, `${m.name}_count${fmt(s.l)} ${s.n}`);
      }
    }
    return out.join("\n") + "\n";
  }
}
module.exports = { Registry };
