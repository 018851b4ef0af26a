type Labels = Record<string, string>;

const esc = (v: string) => v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
const key = (l: Labels) =>
  Object.keys(l)
    .sort()
    .map((k) => `${k}="${esc(l[k])}"`)
    .join(",");

export class Counter {
  private v = new Map<string, number>();
  constructor(readonly name: string, readonly help: string) {}
  inc(l: Labels = {}, n = 1) {
    const k = key(l);
    this.v.set(k, (this.v.get(k) ?? 0) + n);
  }
  expose(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [k, n] of this.v) lines.push(`${this.name}${k ? `{${k}}` : ""} ${n}`);
    return lines.join("\n");
  }
}

export class Histogram {
  private buckets: number[];
  private data = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(readonly name: string, readonly help: string, buckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]) {
    this.buckets = buckets;
  }
  observe(l: Labels, seconds: number) {
    const k = key(l);
    const d = this.data.get(k) ?? { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
    this.buckets.forEach((b, i) => {
      if (seconds <= b) d.counts[i]++;
    });
    d.sum += seconds;
    d.count++;
    this.data.set(k, d);
  }
  expose(): string {
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

export class Gauge {
  private v = new Map<string, number>();
  constructor(readonly name: string, readonly help: string) {}
  set(l: Labels, n: number) {
    this.v.set(key(l), n);
  }
  expose(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`];
    for (const [k, n] of this.v) lines.push(`${this.name}${k ? `{${k}}` : ""} ${n}`);
    return lines.join("\n");
  }
}
