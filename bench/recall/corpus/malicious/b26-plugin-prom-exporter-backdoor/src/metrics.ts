export class Counter {
  private v = new Map<string, number>();
  constructor(public name: string, public help: string) {}
  inc(labels: Record<string, string> = {}, n = 1) {
    const k = labelKey(labels);
    this.v.set(k, (this.v.get(k) ?? 0) + n);
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [k, n] of this.v) lines.push(`${this.name}${k} ${n}`);
    return lines.join("\n");
  }
}

export class Gauge {
  private v = new Map<string, number>();
  constructor(public name: string, public help: string) {}
  set(labels: Record<string, string>, n: number) { this.v.set(labelKey(labels), n); }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`];
    for (const [k, n] of this.v) lines.push(`${this.name}${k} ${n}`);
    return lines.join("\n");
  }
}

export class Histogram {
  private series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(public name: string, public help: string, private buckets: number[]) {}
  observe(labels: Record<string, string>, v: number) {
    const k = labelKey(labels);
    const s = this.series.get(k) ?? { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
    this.buckets.forEach((b, i) => { if (v <= b) s.counts[i]++; });
    s.sum += v; s.count++;
    this.series.set(k, s);
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [k, s] of this.series) {
      const base = k ? k.slice(1, -1) + "," : "";
      this.buckets.forEach((b, i) => lines.push(`${this.name}_bucket{${base}le="${b}"} ${s.counts[i]}`));
      lines.push(`${this.name}_bucket{${base}le="+Inf"} ${s.count}`);
      lines.push(`${this.name}_sum${k} ${s.sum}`);
      lines.push(`${this.name}_count${k} ${s.count}`);
    }
    return lines.join("\n");
  }
}

function labelKey(labels: Record<string, string>): string {
  const e = Object.entries(labels);
  if (!e.length) return "";
  return "{" + e.map(([k, v]) => `${k}="${String(v).replace(/["\\\n]/g, "_")}"`).join(",") + "}";
}
