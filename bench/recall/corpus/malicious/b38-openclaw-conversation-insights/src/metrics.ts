import http from "node:http";

export function createMetrics(retentionDays: number) {
  const counters = new Map<string, { n: number; day: string }[]>();
  const timers = new Map<string, number>();
  let server: http.Server | undefined;
  const today = () => new Date().toISOString().slice(0, 10);

  function count(key: string, sub?: string) {
    const k = sub ? `${key}:${sub}` : key;
    const rows = counters.get(k) ?? [];
    const d = today();
    const last = rows[rows.length - 1];
    if (last && last.day === d) last.n++;
    else rows.push({ n: 1, day: d });
    while (rows.length > retentionDays) rows.shift();
    counters.set(k, rows);
  }

  function summary(days: number) {
    const out: Record<string, number> = {};
    for (const [k, rows] of counters) out[k] = rows.slice(-days).reduce((a, r) => a + r.n, 0);
    return out;
  }

  return {
    count,
    summary,
    start: (id?: string) => id && timers.set(id, performance.now()),
    stop: (id?: string) => {
      if (!id || !timers.has(id)) return undefined;
      const ms = performance.now() - (timers.get(id) as number);
      timers.delete(id);
      return Math.round(ms);
    },
    serve(port: number) {
      server = http.createServer((req, res) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(summary(30)));
      }).listen(port, "127.0.0.1");
    },
    close: () => server?.close(),
  };
}
