#!/usr/bin/env node
/**
 * The engine on one package directory in this process, as a pool thread runs it (runEngine: the analyzers,
 * the behaviour model and the emulator), with its wall time, CPU and peak RSS sampled from a second thread
 * (the engine is synchronous: this thread cannot sample while it runs). For finding where a big tree's
 * memory goes one package at a time; `/usr/bin/time -f %M` around it gives the same peak.
 * Usage: npm run build && node bench/policy/package.mjs <package-dir> [findings.json]
 * e.g.   node bench/policy/package.mjs .cache/openclaw/openclaw-2026.9.6/node_modules/openclaw
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

const repo = path.resolve(import.meta.dirname, '../..');
const [dir, out] = process.argv.slice(2);
if (!dir || !fs.existsSync(path.join(dir, 'package.json'))) {
  console.error('usage: node bench/policy/package.mjs <package-dir> [findings.json]');
  process.exit(2);
}
const sampler = new Worker(
  "const { parentPort } = require('node:worker_threads'); let peak = 0; setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 20); parentPort.on('message', () => parentPort.postMessage(Math.max(peak, process.memoryUsage.rss())));",
  { eval: true },
);
const { runEngine } = await import(path.join(repo, 'dist/engine/jobs.js'));
const t0 = performance.now();
const c0 = process.cpuUsage();
const r = await runEngine({ kind: 'package', dir: path.resolve(dir), packageId: path.basename(dir), excludeNodeModules: true });
const cpu = process.cpuUsage(c0);
const wall = performance.now() - t0;
sampler.postMessage(0);
const peak = await new Promise((resolve) => sampler.once('message', resolve));
console.log(`${path.basename(dir)}: ${r.files} files, ${(r.bytes / 1048576).toFixed(1)} MiB; wall ${(wall / 1000).toFixed(2)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, peak RSS ${Math.round(peak / 1048576)} MiB; ${r.findings.length} findings`);
if (out) fs.writeFileSync(out, `${JSON.stringify(r.findings, null, 1)}\n`);
process.exit(0);
