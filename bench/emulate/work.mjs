#!/usr/bin/env node
/**
 * How much interpreter work (src/emulate/sandbox.ts RunOutcome.work) the emulator does in a millisecond on this
 * machine, by kind of code: what WORK_PER_MS (src/emulate/engine.ts) stands for, since emulation budgets are counted
 * in work and written in reference milliseconds. Each workload runs with no work limit and a wall-clock limit of
 * --ms; the rate is its work over its wall time (median of --runs). The compile row is the host's charge for
 * rewriting and compiling a module (COMPILE_CHARS a unit) against what the same compile takes in wall time.
 *
 * Usage: npm run build && node bench/emulate/work.mjs [--runs 5] [--ms 250]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const repo = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' }, ms: { type: 'string', default: '250' } } });
const runs = Math.max(1, Number(args.runs) || 5);
const ms = Math.max(20, Number(args.ms) || 250);
const engine = await import(path.join(repo, 'dist/emulate/engine.js'));
const sandbox = await import(path.join(repo, 'dist/emulate/sandbox.js'));
const { buildConfig } = await import(path.join(repo, 'dist/emulate/persona.js'));
const { makeCanaries } = await import(path.join(repo, 'dist/emulate/canaries.js'));
await engine.loadEngine();

// Kinds of code that run long in real packages: a decoder's byte loop, an obfuscator's string table, builtin-heavy
// text work, a service's timers (fast-forwarded), and loading a big bundle.
const bundle = fs.readFileSync(path.join(repo, 'node_modules/esprima/dist/esprima.js'), 'utf8');
const WORKLOADS = {
  'byte loop (a decoder)': 'const b = new Uint8Array(1 << 16); let x = 7; for (;;) { for (let i = 0; i < b.length; i++) { x = (x * 31 + i) & 255; b[i] ^= x; } }',
  'string table (obfuscated code)': "const t = 'abcdefghijklmnopqrstuvwxyz0123456789'.split(''); const g = (i) => t[(i * 7) % t.length]; let s = ''; for (let n = 0; ; n++) { t.push(t.shift()); s = (s + g(n)).slice(-64); }",
  'text builtins (regex, JSON)': "const text = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, name: 'item-' + i, tags: ['a', 'b'] }))); for (;;) { JSON.parse(text); text.replace(/item-(\\d+)/g, (m, d) => d).split(',').join(';'); }",
  'timers (a service)': "let n = 0; setInterval(() => { n++; Promise.resolve(n).then((v) => JSON.stringify({ v })); }, 1000);",
  'compile (a big bundle)': `for (let i = 0; i < 1000; i++) { const m = require('./bundle-' + (i % 8) + '.js'); }`,
};
const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))];
console.log(`| code | work per ms (median of ${runs}, ${ms} ms runs) | range |`);
console.log('|---|---:|---|');
const all = [];
for (const [name, code] of Object.entries(WORKLOADS)) {
  const files = new Map([['package.json', '{"name":"work","version":"1.0.0"}'], ['index.js', code]]);
  for (let i = 0; i < 8; i++) files.set(`bundle-${i}.js`, `${bundle}\n//${i}`);
  const entry = { file: 'index.js', reach: 'load' };
  const rates = [];
  for (let r = 0; r < runs; r++) {
    const cfg = buildConfig('linux', entry, files, { name: 'work' }, makeCanaries());
    const out = sandbox.runInSandbox({ cfg, files, esmPackage: false, work: 1e12, wallMs: ms, memoryBytes: 256 * 1024 * 1024 });
    rates.push(out.work / out.ms);
  }
  all.push(q(rates, 0.5));
  console.log(`| ${name} | ${q(rates, 0.5).toFixed(2)} | ${q(rates, 0).toFixed(2)}-${q(rates, 1).toFixed(2)} |`);
}
console.log(`\nWORK_PER_MS is ${engine.WORK_PER_MS}; the median of these kinds here: ${q(all, 0.5).toFixed(2)} (node ${process.version}, load ${(await import('node:os')).loadavg()[0].toFixed(2)}).`);
