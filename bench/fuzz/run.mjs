#!/usr/bin/env node
/**
 * The long fuzz run: every property in test/fuzz with FUZZ_RUNS cases each (default 20000) from a fresh
 * seed, printed first so any failure replays exactly:
 *
 *   node bench/fuzz/run.mjs                 # new seed, 20000 cases per property
 *   node bench/fuzz/run.mjs --runs 500000 --seed 1234567
 *
 * A failure prints fast-check's counterexample and path; turn it into a named case in
 * test/fuzz/regressions.test.ts. `npm test` runs the same properties with a CI-sized count and a fixed seed.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(flag('--runs', process.env.FUZZ_RUNS ?? 20000));
const seed = Number(flag('--seed', process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31)));
const only = flag('--only', undefined);
const root = path.resolve(import.meta.dirname, '../..');

process.stdout.write(`clawguard fuzz: seed ${seed}, ${runs} cases per property${only ? `, only ${only}` : ''}\n`);
process.stdout.write(`replay: node bench/fuzz/run.mjs --seed ${seed} --runs ${runs}${only ? ` --only ${only}` : ''}\n`);
const started = Date.now();
const res = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', path.join(import.meta.dirname, 'vitest.config.mjs'), ...(only ? [only] : ['test/fuzz'])],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) } },
);
process.stdout.write(`clawguard fuzz: seed ${seed}, ${runs} cases per property, ${((Date.now() - started) / 1000).toFixed(0)} s, ${res.status === 0 ? 'no failure' : 'FAILED'}\n`);
process.exit(res.status ?? 1);
