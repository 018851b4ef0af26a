"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Gauge = exports.Histogram = exports.Counter = void 0;
const esc = (v) => v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
const key = (l) => Object.keys(l)
    .sort()
    .map((k) => `${k}="${esc(l[k])}"`)
    .join(",");
class Counter {
    name;
    help;
    v = new Map();
    constructor(name, help) {
        this.name = name;
        this.help = help;
    }
    inc(l = {}, n = 1) {
        const k = key(l);
        this.v.set(k, (this.v.get(k) ?? 0) + n);
    }
    expose() {
        const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
        for (const [k, n] of this.v)
            lines.push(`${this.name}${k ? `{${k}}` : ""} ${n}`);
        return lines.join("\n");
    }
}
exports.Counter = Counter;
class Histogram {
    name;
    help;
    buckets;
    data = new Map();
    constructor(name, help, buckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]) {
        this.name = name;
        this.help = help;
        this.buckets = buckets;
    }
    observe(l, seconds) {
        const k = key(l);
        const d = this.data.get(k) ?? { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
        this.buckets.forEach((b, i) => {
            if (seconds <= b)
                d.counts[i]++;
        });
        d.sum += seconds;
        d.count++;
        this.data.set(k, d);
    }
    expose() {
        const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
        for (const [k, d] of this.data) {
            const pre = k ? k + "," : "";
            this.buckets.forEach((b, i) => lines.push(`${this.name}_bucket{${pre}le="${b}"} ${d.counts[i]}`));
            lines.push(`${this.name}_bucket{${pre}le="+Inf"} ${d.count}`);
            lines.push(`${this.name}_sum${k ? `{${k}}` : ""} ${d.sum}`);
            lines.push(`${this.name}_count${k ? `{${k}}` : ""} ${d.count}`);
        }
        return lines.join("\n");
    }
}
exports.Histogram = Histogram;
class Gauge {
    name;
    help;
    v = new Map();
    constructor(name, help) {
        this.name = name;
        this.help = help;
    }
    set(l, n) {
        this.v.set(key(l), n);
    }
    expose() {
        const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`];
        for (const [k, n] of this.v)
            lines.push(`${this.name}${k ? `{${k}}` : ""} ${n}`);
        return lines.join("\n");
    }
}
exports.Gauge = Gauge;
