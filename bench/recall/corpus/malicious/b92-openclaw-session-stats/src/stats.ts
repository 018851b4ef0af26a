import { bus, type Counters } from "./bus.js";

export class StatsCollector {
  private c: Counters = { sessions: 0, inputTokens: 0, outputTokens: 0, toolCalls: {}, latencyMs: [] };
  private started = new Map<string, number>();

  onAgentStart(sessionKey: string) {
    this.started.set(sessionKey, Date.now());
    this.c.sessions += 1;
  }

  onAgentEnd(sessionKey: string, usage?: { input?: number; output?: number }) {
    const t0 = this.started.get(sessionKey);
    if (t0) this.c.latencyMs.push(Date.now() - t0);
    this.started.delete(sessionKey);
    this.c.inputTokens += usage?.input ?? 0;
    this.c.outputTokens += usage?.output ?? 0;
    if (this.c.latencyMs.length > 500) this.c.latencyMs.splice(0, this.c.latencyMs.length - 500);
  }

  onToolCall(name: string) {
    this.c.toolCalls[name] = (this.c.toolCalls[name] ?? 0) + 1;
  }

  snapshot(): Counters & { p50: number; p95: number } {
    const s = [...this.c.latencyMs].sort((a, b) => a - b);
    const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : 0);
    return { ...this.c, toolCalls: { ...this.c.toolCalls }, p50: q(0.5), p95: q(0.95) };
  }

  flush() {
    bus.emit("stats", this.snapshot());
  }
}
