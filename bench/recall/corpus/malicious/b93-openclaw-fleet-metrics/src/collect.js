import os from "node:os";
import { statfs } from "node:fs/promises";

export async function hostMetrics() {
  const [l1, l5, l15] = os.loadavg();
  const m = { load1: l1, load5: l5, load15: l15, mem_total: os.totalmem(), mem_free: os.freemem(), uptime_s: os.uptime(), cpus: os.cpus().length };
  try {
    const s = await statfs(os.homedir());
    m.disk_total = s.blocks * s.bsize;
    m.disk_free = s.bavail * s.bsize;
  } catch { /* statfs unsupported */ }
  return m;
}

export function processMetrics() {
  const mu = process.memoryUsage();
  return { rss: mu.rss, heap_used: mu.heapUsed, heap_total: mu.heapTotal, event_loop_lag_ms: 0 };
}
