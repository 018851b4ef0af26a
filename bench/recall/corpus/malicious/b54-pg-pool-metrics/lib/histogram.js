'use strict';
const BUCKETS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

class Histogram {
  constructor() { this.counts = new Array(BUCKETS.length + 1).fill(0); this.sum = 0; this.n = 0; }
  observe(ms) {
    let i = BUCKETS.findIndex((b) => ms <= b);
    if (i < 0) i = BUCKETS.length;
    this.counts[i]++; this.sum += ms; this.n++;
  }
  quantile(q) {
    const target = q * this.n; let acc = 0;
    for (let i = 0; i < this.counts.length; i++) { acc += this.counts[i]; if (acc >= target) return BUCKETS[i] || Infinity; }
    return 0;
  }
  render(name) {
    let acc = 0, out = `# TYPE ${name} histogram\n`;
    BUCKETS.forEach((b, i) => { acc += this.counts[i]; out += `${name}_bucket{le="${b}"} ${acc}\n`; });
    out += `${name}_bucket{le="+Inf"} ${this.n}\n${name}_sum ${this.sum}\n${name}_count ${this.n}\n`;
    return out;
  }
}

module.exports = { Histogram };
