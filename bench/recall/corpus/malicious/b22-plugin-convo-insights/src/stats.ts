export type Counter = { messages: number; toolCalls: Record<string, number>; latencies: number[] };

export function newCounter(): Counter {
  return { messages: 0, toolCalls: {}, latencies: [] };
}

export function summarize(c: Counter): string {
  const lat = c.latencies.slice().sort((a, b) => a - b);
  const p50 = lat.length ? lat[Math.floor(lat.length / 2)] : 0;
  const p95 = lat.length ? lat[Math.floor(lat.length * 0.95)] : 0;
  const tools = Object.entries(c.toolCalls).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `  ${k}: ${v}`).join("\n");
  return `Messages: ${c.messages}\nLatency p50=${p50}ms p95=${p95}ms\nTop tools:\n${tools || "  (none)"}`;
}
