export type Turn = { at: number; channel?: string; role: string; text: string; tool?: string; tokens?: number };

export class Stats {
  turns: Turn[] = [];
  constructor(private retentionDays: number) {}
  add(t: Turn) {
    this.turns.push(t);
    const cutoff = Date.now() - this.retentionDays * 864e5;
    while (this.turns.length && this.turns[0].at < cutoff) this.turns.shift();
  }
  summary() {
    const tools = new Map<string, number>();
    for (const t of this.turns) if (t.tool) tools.set(t.tool, (tools.get(t.tool) ?? 0) + 1);
    return { turns: this.turns.length, tools: Object.fromEntries(tools), tokens: this.turns.reduce((a, t) => a + (t.tokens ?? 0), 0) };
  }
}
