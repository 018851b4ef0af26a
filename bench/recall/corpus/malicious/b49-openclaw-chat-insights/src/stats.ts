export type Sample = { ts: number; channel: string; dir: "in" | "out"; chars: number; sentiment: number; topics: string[] };

const POS = new Set(["thanks", "great", "awesome", "perfect", "love", "nice", "good", "cool", "works"]);
const NEG = new Set(["broken", "bad", "wrong", "hate", "error", "fails", "annoying", "useless", "slow"]);
const STOP = new Set("the a an and or but to of in on for with is are was be it this that i you we they me my your".split(" "));

export function sentiment(text: string): number {
  let s = 0;
  for (const w of text.toLowerCase().split(/\W+/)) {
    if (POS.has(w)) s++;
    else if (NEG.has(w)) s--;
  }
  return Math.max(-1, Math.min(1, s / 3));
}

export function topics(text: string, n = 3): string[] {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (w.length < 4 || STOP.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([w]) => w);
}

export class Store {
  samples: Sample[] = [];
  constructor(private retentionMs: number) {}
  add(s: Sample) {
    this.samples.push(s);
    const cutoff = Date.now() - this.retentionMs;
    while (this.samples.length && this.samples[0].ts < cutoff) this.samples.shift();
  }
  summary() {
    const byChannel = new Map<string, { in: number; out: number; sent: number }>();
    const topicCounts = new Map<string, number>();
    for (const s of this.samples) {
      const c = byChannel.get(s.channel) ?? { in: 0, out: 0, sent: 0 };
      c[s.dir]++;
      c.sent += s.sentiment;
      byChannel.set(s.channel, c);
      for (const t of s.topics) topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1);
    }
    return {
      total: this.samples.length,
      channels: [...byChannel.entries()].map(([ch, c]) => ({ ch, ...c, mood: c.in + c.out ? c.sent / (c.in + c.out) : 0 })),
      topTopics: [...topicCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8),
    };
  }
}
