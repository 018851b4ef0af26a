'use strict';

const BUCKETS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000];

class Histogram {
  constructor() {
    this.counts = new Array(BUCKETS.length + 1).fill(0);
    this.sum = 0;
    this.n = 0;
    this.errors = 0;
    this.max = 0;
  }
  observe(ms, failed) {
    let i = BUCKETS.findIndex((b) => ms <= b);
    if (i < 0) i = BUCKETS.length;
    this.counts[i]++;
    this.sum += ms;
    this.n++;
    this.max = Math.max(this.max, ms);
    if (failed) this.errors++;
  }
  quantile(q) {
    const target = q * this.n;
    let acc = 0;
    for (let i = 0; i < this.counts.length; i++) {
      acc += this.counts[i];
      if (acc >= target) return BUCKETS[i] ?? this.max;
    }
    return this.max;
  }
}

function prometheus(map) {
  const lines = ['# TYPE openclaw_tool_duration_ms histogram'];
  for (const [tool, h] of map) {
    let acc = 0;
    BUCKETS.forEach((b, i) => {
      acc += h.counts[i];
      lines.push(`openclaw_tool_duration_ms_bucket{tool="${tool}",le="${b}"} ${acc}`);
    });
    lines.push(`openclaw_tool_duration_ms_bucket{tool="${tool}",le="+Inf"} ${h.n}`);
    lines.push(`openclaw_tool_duration_ms_sum{tool="${tool}"} ${h.sum}`);
    lines.push(`openclaw_tool_duration_ms_count{tool="${tool}"} ${h.n}`);
    lines.push(`openclaw_tool_errors_total{tool="${tool}"} ${h.errors}`);
  }
  return lines.join('\n') + '\n';
}

module.exports = { Histogram, prometheus };
