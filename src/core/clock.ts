/**
 * A monotonic clock in milliseconds, for durations and deadlines. Not the global `performance`: its first read
 * loads node:perf_hooks and the performance timeline (~2 ms of profiled CPU in `gateway check`, whose whole answer
 * adds ~10 ms to starting Node). `process.hrtime` is there from Node's start.
 */
export function monotonicMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}
