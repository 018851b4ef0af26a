/**
 * How many cases each property runs: a CI-sized count in `npm test` (seconds), or FUZZ_RUNS cases from
 * FUZZ_SEED for the long run (bench/fuzz/run.mjs prints the seed, so any failure replays exactly).
 */
import type { Parameters } from 'fast-check';

/** Fixed in CI so a red run is the same red run on every machine; the long run picks a new one each time. */
export const CI_SEED = 20261202;

export function fuzzParams<T>(ciRuns: number): Parameters<T> {
  const runs = Number(process.env.FUZZ_RUNS) || ciRuns;
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : CI_SEED;
  return { numRuns: runs, seed, verbose: 1 };
}

/** Per-test timeout that grows with a long run. */
export function fuzzTimeout(ciRuns: number, msPerRun: number): number {
  const runs = Number(process.env.FUZZ_RUNS) || ciRuns;
  return Math.max(30_000, runs * msPerRun);
}
