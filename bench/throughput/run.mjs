#!/usr/bin/env node
/**
 * Throughput bench (issue 3): how fast the full rule set gets through real packages, against the floor of
 * plain `tar -xzf` of the same tarballs, measured side by side in the same process (each tarball: tar, then
 * clawguard; the next tarball the other way round, so disk-cache warmth favours neither). Aim: within 2x.
 *
 *   floor     = system `tar -xzf <tgz> -C <dir>` (one process per tarball, as a user would run it)
 *   clawguard = the project's unpacker (hardened when built, else node-tar) + inspectPackageDir (every rule)
 *
 * Usage: npm run build && node bench/throughput/run.mjs [--rounds 3] [--group npm-top|openclaw-plugin|openclaw-related|security-tools[,…]] [--limit N]
 *        (default: npm-top and openclaw-plugin, the corpus of the earlier results)
 * Writes bench/results/throughput.json and bench/results/throughput.md.
 *
 * Engine against engine (issue 10: at most +20% per package and per skill):
 *   CLAWGUARD_BENCH_BASELINE=$(bash bench/recall/build-committed.sh <rev>) node bench/throughput/run.mjs [--rounds 3]
 * inspects every tarball (and the benign and bundled skills) with this checkout's engine and the baseline build side
 * by side (compare.mjs) and writes bench/results/throughput-vs-baseline.json and .md instead.
 * CLAWGUARD_BENCH_ENGINE=<dir> replaces the current engine as everywhere in the benches.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fetchTarballs, loadCorpus, repoRoot } from '../precision/corpus.mjs';
import { gitRevision, loadEngine, loadUnpacker, packageRoot } from '../precision/engine.mjs';
import { markdown } from './markdown.mjs';
import { compareEngines, compareMarkdown } from './compare.mjs';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, group: { type: 'string' }, limit: { type: 'string' } } });
const rounds = Math.max(1, Number(args.rounds) || 3);
const log = (m) => process.stderr.write(`${m}\n`);

const engine = await loadEngine();
const unpacker = await loadUnpacker();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-throughput-'));

function dirBytes(dir) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) total += dirBytes(full);
    else if (e.isFile()) total += fs.statSync(full).size;
  }
  return total;
}

function timeTar(file, dest) {
  fs.mkdirSync(dest);
  const t0 = performance.now();
  const r = spawnSync('tar', ['-xzf', file, '-C', dest]);
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`tar -xzf ${file}: ${r.stderr}`);
  return ms;
}

async function timeClawguard(entry, dest) {
  fs.mkdirSync(dest);
  const t0 = performance.now();
  await unpacker.unpack(entry.file, dest);
  const t1 = performance.now();
  const inspection = await engine.inspectPackageDir(packageRoot(dest), { packageId: `${entry.name}@${entry.version}` });
  const t2 = performance.now();
  return { unpackMs: t1 - t0, inspectMs: t2 - t1, findings: inspection.findings.length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => bytes / 1e6;

const baselineDir = process.env.CLAWGUARD_BENCH_BASELINE;

try {
  const groups = (args.group ?? 'npm-top,openclaw-plugin').split(',');
  const corpus = loadCorpus().filter((e) => groups.includes(e.group)).slice(0, args.limit ? Number(args.limit) : undefined);
  const tarballs = (await fetchTarballs(corpus, { log })).filter((t) => !t.error);
  log(`${tarballs.length} tarballs, ${rounds} rounds, unpacker ${unpacker.name}`);

  if (baselineDir) {
    const baseline = await loadEngine(baselineDir);
    const head = {
      generatedAt: new Date().toISOString(),
      engineRevision: process.env.CLAWGUARD_BENCH_ENGINE ? `build in ${engine.root}` : gitRevision(),
      baselineDir: path.resolve(baselineDir),
      baselineRevision: /clawguard-recall-engine-([0-9a-f]+)/.exec(baselineDir)?.[1] ?? path.resolve(baselineDir),
      node: process.version,
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
      unpacker: unpacker.name,
    };
    const outDir = path.join(repoRoot, 'bench/results');
    fs.mkdirSync(outDir, { recursive: true });
    const write = (figures) => {
      const result = { ...head, generatedAt: new Date().toISOString(), roundsPlanned: rounds, ...figures };
      fs.writeFileSync(path.join(outDir, 'throughput-vs-baseline.json'), `${JSON.stringify(result, null, 2)}\n`);
      fs.writeFileSync(path.join(outDir, 'throughput-vs-baseline.md'), compareMarkdown(result));
      return result;
    };
    const result = write(await compareEngines({ current: engine, baseline, unpacker, tarballs, rounds, work, log, onRound: write }));
    log(`per package: inspect ${result.perPackage.inspectRatio}x the baseline (unpack + inspect ${result.perPackage.unpackPlusInspectRatio}x); per skill ${result.perSkill?.inspectRatio}x`);
    fs.rmSync(work, { recursive: true, force: true });
    process.exit(0);
  }

  const perPackage = new Map(tarballs.map((t) => [t.file, { name: `${t.name}@${t.version}`, tarballBytes: t.tarballBytes, unpackedBytes: 0, tar: [], unpack: [], inspect: [] }]));
  const roundTotals = [];
  for (let round = 0; round < rounds; round++) {
    let tarMs = 0;
    let cgMs = 0;
    let unpackMs = 0;
    let inspectMs = 0;
    for (const [i, t] of tarballs.entries()) {
      const p = perPackage.get(t.file);
      const base = path.join(work, `r${round}-${i}`);
      const runTar = () => {
        const ms = timeTar(t.file, `${base}-tar`);
        if (round === 0) p.unpackedBytes = dirBytes(`${base}-tar`);
        return ms;
      };
      let a;
      let b;
      if (i % 2 === 0) {
        a = runTar();
        b = await timeClawguard(t, `${base}-cg`);
      } else {
        b = await timeClawguard(t, `${base}-cg`);
        a = runTar();
      }
      fs.rmSync(`${base}-tar`, { recursive: true, force: true });
      fs.rmSync(`${base}-cg`, { recursive: true, force: true });
      p.tar.push(a);
      p.unpack.push(b.unpackMs);
      p.inspect.push(b.inspectMs);
      tarMs += a;
      unpackMs += b.unpackMs;
      inspectMs += b.inspectMs;
      cgMs += b.unpackMs + b.inspectMs;
    }
    roundTotals.push({ tarMs, clawguardMs: cgMs, unpackMs, inspectMs });
    log(`round ${round + 1}: tar -xzf ${tarMs.toFixed(0)} ms, clawguard ${cgMs.toFixed(0)} ms (unpack ${unpackMs.toFixed(0)} + inspect ${inspectMs.toFixed(0)}), ratio ${(cgMs / tarMs).toFixed(2)}x`);
  }

  const tarballBytes = tarballs.reduce((s, t) => s + t.tarballBytes, 0);
  const unpackedBytes = [...perPackage.values()].reduce((s, p) => s + p.unpackedBytes, 0);
  const tarMs = median(roundTotals.map((r) => r.tarMs));
  const cgMs = median(roundTotals.map((r) => r.clawguardMs));
  const inspectMs = median(roundTotals.map((r) => r.inspectMs));
  const unpackMs = median(roundTotals.map((r) => r.unpackMs));
  const rate = (bytes, ms) => Math.round((mb(bytes) / (ms / 1000)) * 10) / 10;
  const slowest = [...perPackage.values()]
    .map((p) => ({ package: p.name, unpackedMB: Math.round(mb(p.unpackedBytes) * 100) / 100, tarMs: Math.round(median(p.tar)), inspectMs: Math.round(median(p.inspect)), unpackMs: Math.round(median(p.unpack)) }))
    .sort((a, b) => b.inspectMs - a.inspectMs)
    .slice(0, 15);

  const result = {
    generatedAt: new Date().toISOString(),
    engineRevision: gitRevision(),
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
    unpacker: unpacker.name,
    rounds,
    packages: tarballs.length,
    tarballMB: Math.round(mb(tarballBytes) * 10) / 10,
    unpackedMB: Math.round(mb(unpackedBytes) * 10) / 10,
    medianMs: { tarXzf: Math.round(tarMs), clawguard: Math.round(cgMs), clawguardUnpack: Math.round(unpackMs), clawguardInspect: Math.round(inspectMs) },
    throughputMBps: {
      tarXzfUnpacked: rate(unpackedBytes, tarMs),
      clawguardUnpacked: rate(unpackedBytes, cgMs),
      clawguardTarball: rate(tarballBytes, cgMs),
      inspectOnlyUnpacked: rate(unpackedBytes, inspectMs),
    },
    // Each round runs both pipelines interleaved under the same machine load, so the per-round ratio is the
    // fair comparison on a shared machine; its median is the headline figure.
    ratioToTar: Math.round(median(roundTotals.map((r) => r.clawguardMs / r.tarMs)) * 100) / 100,
    ratioOfMedianTotals: Math.round((cgMs / tarMs) * 100) / 100,
    target: { ratioToTarAtMost: 2, met: median(roundTotals.map((r) => r.clawguardMs / r.tarMs)) <= 2 },
    rounds_detail: roundTotals.map((r) => ({ ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)])), ratio: Math.round((r.clawguardMs / r.tarMs) * 100) / 100 })),
    loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
    slowestToInspect: slowest,
  };
  const outDir = path.join(repoRoot, 'bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'throughput.json'), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, 'throughput.md'), markdown(result));
  log(`median: tar -xzf ${result.medianMs.tarXzf} ms, clawguard ${result.medianMs.clawguard} ms → ${result.ratioToTar}x; ${result.throughputMBps.clawguardUnpacked} MB/s unpacked`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
