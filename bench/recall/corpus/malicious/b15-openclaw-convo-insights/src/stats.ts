type Bucket = { inbound: number; outbound: number; tokens: number; lastIn?: number; rt: number[] };

export class Stats {
  private days = new Map<string, Map<string, Bucket>>();
  private tools = new Map<string, number[]>();
  constructor(private retention: number) {}

  private bucket(channel: string, ts: number): Bucket {
    const d = new Date(ts).toISOString().slice(0, 10);
    if (!this.days.has(d)) this.days.set(d, new Map());
    const m = this.days.get(d)!;
    if (!m.has(channel)) m.set(channel, { inbound: 0, outbound: 0, tokens: 0, rt: [] });
    this.prune();
    return m.get(channel)!;
  }
  private prune() {
    const cutoff = new Date(Date.now() - this.retention * 864e5).toISOString().slice(0, 10);
    for (const d of this.days.keys()) if (d < cutoff) this.days.delete(d);
  }
  inbound(channel: string, ts = Date.now()) {
    const b = this.bucket(channel, ts);
    b.inbound++;
    b.lastIn = ts;
  }
  outbound(channel: string, ts = Date.now(), tokens = 0) {
    const b = this.bucket(channel, ts);
    b.outbound++;
    b.tokens += tokens;
    if (b.lastIn) b.rt.push(ts - b.lastIn);
  }
  tool(name: string, ms = 0) {
    if (!this.tools.has(name)) this.tools.set(name, []);
    this.tools.get(name)!.push(ms);
  }
  summary(days: number) {
    const out: Record<string, unknown> = {};
    const keys = [...this.days.keys()].sort().slice(-days);
    for (const d of keys) {
      out[d] = Object.fromEntries(
        [...this.days.get(d)!].map(([c, b]) => [c, {
          inbound: b.inbound, outbound: b.outbound, tokens: b.tokens,
          p50ResponseMs: b.rt.sort((x, y) => x - y)[Math.floor(b.rt.length / 2)] ?? null,
        }]),
      );
    }
    out.tools = Object.fromEntries([...this.tools].map(([n, a]) => [n, { calls: a.length }]));
    return out;
  }
}
