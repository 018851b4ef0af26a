#!/usr/bin/env node
/**
 * Micro-bench of one emulation run: the fixed cost every run pays (a fresh QuickJS runtime and context, the
 * prelude, the phases, teardown), on a trivial package, in this thread (no watchdog worker in the way).
 *
 * Usage: npm run build && node bench/emulate/one-run.mjs [--runs 200] [--files N] [--dist DIR]...
 * --files N: the package also ships N other (unused) files, as a big package does: the run's configuration lists them.
 * With several --dist (builds of different revisions), the builds take turns run by run, so machine load
 * favours none; prints the median and quartiles of each, and the ratio to the first.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '200' }, files: { type: 'string', default: '0' }, dist: { type: 'string', multiple: true } } });
const runs = Math.max(1, Number(args.runs) || 200);
const dists = (args.dist?.length ? args.dist : [path.join(repoRoot, 'dist')]).map((d) => path.resolve(d));

const files = new Map([
  ['package.json', '{"name":"one-run","version":"1.0.0"}'],
  ['index.js', "module.exports = function add(a, b) { return a + b; };"],
]);
for (let i = 0; i < (Number(args.files) || 0); i++) files.set(`lib/dir${i % 40}/module-${i}.js`, 'module.exports = 1;');
const input = { files, manifest: { name: 'one-run', version: '1.0.0' }, entries: [{ file: 'index.js', reach: 'load' }], budget: { totalMs: 10000, perFileMs: 5000 } };

const engines = [];
for (const d of dists) {
  const e = await import(path.join(d, 'emulate/engine.js'));
  await e.loadEngine();
  for (let i = 0; i < 20; i++) e.emulateInThread(input);
  engines.push(e);
}
const times = engines.map(() => []);
for (let i = 0; i < runs; i++) {
  for (const [k, e] of engines.entries()) {
    const t0 = performance.now();
    const r = e.emulateInThread(input);
    times[k].push(performance.now() - t0);
    if (r.runs.length !== 1 || r.runs[0].status !== 'done') throw new Error(`${dists[k]}: unexpected run ${JSON.stringify(r.runs)}`);
  }
}
const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)];
const base = q(times[0], 0.5);
for (const [k, d] of dists.entries()) {
  const m = q(times[k], 0.5);
  console.log(`${d}: median ${m.toFixed(2)} ms (q1 ${q(times[k], 0.25).toFixed(2)}, q3 ${q(times[k], 0.75).toFixed(2)}) per run; ratio to the first ${(m / base).toFixed(3)}`);
}
