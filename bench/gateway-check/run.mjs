#!/usr/bin/env node
/**
 * Benchmark of `clawguard gateway check` (run by hand: `npm run build && node bench/gateway-check/run.mjs`).
 *
 * Generates state dirs with 10, 50 and 200 recorded plugins of 2,000 files each (50 plugins = 100,000 files),
 * then measures, in the same process and on the same warm page cache:
 *   - default mode (stat fingerprint trusted), in-process and as the real CLI (node startup included);
 *   - --deep (every file re-hashed) against `sha256sum` over exactly the same files (xargs -P1, one process
 *     per 5,000 files) — the baseline the ratio is taken against.
 * Prints a markdown table. Options: --sizes 10,50,200 --files 2000 --keep --dist DIR --baseline DIR
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
// --dist DIR: the build to measure (default <repo>/dist). --baseline DIR: another build (e.g. of an older
// commit: `git archive <rev> src tsconfig.json package.json | tar -x -C /tmp/base && cd /tmp/base && tsc`)
// timed side by side on the same state dirs and page cache; the table then shows its times and the ratio.
const DIST = path.resolve(arg('dist', path.join(repo, 'dist')));
const BASELINE = arg('baseline', undefined) && path.resolve(arg('baseline'));
const { runGatewayCheck } = await import(path.join(DIST, 'gateway/index.js'));
const { buildIntegrityManifest, saveIntegrityManifest } = await import(path.join(DIST, 'ledger/manifest.js'));
const { resolveStatePaths } = await import(path.join(DIST, 'core/state.js'));
const baseCheck = BASELINE ? (await import(path.join(BASELINE, 'gateway/index.js'))).runGatewayCheck : undefined;
const SIZES = arg('sizes', '10,50,200').split(',').map(Number);
const FILES_PER_PLUGIN = Number(arg('files', '2000'));
const KEEP = process.argv.includes('--keep');

/** Deterministic sizes (xorshift): many small files and a few larger ones, like an installed node_modules tree. */
function sizes(seed, n) {
  let x = seed || 1;
  const out = [];
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const r = (x >>> 0) / 2 ** 32;
    out.push(r < 0.97 ? 100 + Math.floor(r * 2000) : 8000 + Math.floor(r * 40000));
  }
  return out;
}

async function makeState(root, plugins) {
  const stateDir = path.join(root, 'state');
  const paths = resolveStatePaths({ stateDir, env: {} });
  const ledger = { schemaVersion: 1, plugins: {} };
  const filler = Buffer.alloc(64 * 1024, 'abcdefghijklmnopqrstuvwxyz0123456789\n');
  const allFiles = [];
  for (let p = 0; p < plugins; p++) {
    const id = `bench-plugin-${p}`;
    const dir = path.join(paths.extensionsDir, id);
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: id, version: '1.0.0', openclaw: { extensions: ['./dist/index.js'] } }));
    fs.writeFileSync(path.join(dir, 'openclaw.plugin.json'), JSON.stringify({ id, configSchema: {} }));
    fs.writeFileSync(path.join(dir, 'dist/index.js'), `export default { id: "${id}" };\n`);
    allFiles.push(path.join(dir, 'package.json'), path.join(dir, 'openclaw.plugin.json'), path.join(dir, 'dist/index.js'));
    const sz = sizes(p + 1, FILES_PER_PLUGIN - 3);
    for (let f = 0; f < sz.length; f++) {
      const sub = path.join(dir, 'node_modules', `dep-${f % 40}`, f % 3 === 0 ? 'lib' : '');
      if (f < 120) fs.mkdirSync(sub, { recursive: true });
      const file = path.join(sub, `file-${f}.js`);
      const body = Buffer.concat([Buffer.from(`// ${id} ${f}\n`), filler.subarray(0, sz[f])]);
      fs.writeFileSync(file, body);
      allFiles.push(file);
    }
    const manifest = await buildIntegrityManifest(dir);
    const saved = saveIntegrityManifest(paths.clawguardDir, id, manifest);
    ledger.plugins[id] = {
      pluginId: id, dirName: id, dir, source: { kind: 'registry', spec: `${id}@1.0.0` }, name: id, version: '1.0.0',
      installedAt: new Date().toISOString(), verdict: 'allow', findings: {}, manifestSha256: saved.sha256,
    };
  }
  fs.writeFileSync(paths.ledgerPath, JSON.stringify(ledger));
  fs.writeFileSync(paths.configPath, JSON.stringify({ plugins: { allow: Object.keys(ledger.plugins) } }));
  const list = path.join(root, 'files.txt');
  fs.writeFileSync(list, `${allFiles.join('\0')}\0`);
  return { paths, fileCount: allFiles.length, list };
}

async function time(fn, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return Math.min(...times);
}

const env = { ...process.env, OPENCLAW_DISABLE_BUNDLED_PLUGINS: '1' };
const rows = [];
for (const n of SIZES) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `clawguard-bench-${n}-`));
  const t0 = performance.now();
  const { paths, fileCount, list } = await makeState(root, n);
  const genMs = performance.now() - t0;
  const check = (deep) => runGatewayCheck({ paths, deep, env });
  const first = await check(false); // warm the page cache and verify the setup is what we think
  if (first.summary.ok !== n || first.summary.refused !== 0) throw new Error(`bench setup wrong: ${JSON.stringify(first.summary)}`);
  const cli = (dist) => async () => {
    const r = spawnSync(process.execPath, [path.join(dist, 'cli/clawguard.cjs'), 'gateway', 'check', '--json', '--state-dir', paths.stateDir], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) process.stderr.write(`CLI check failed (exit ${r.status}): ${r.stderr.slice(0, 300)}\n`);
  };
  // Interleaved (new, baseline, new, baseline, …) so load changes on the machine hit both alike.
  let defaultMs = Infinity;
  let baseMs = Infinity;
  let cliMs = Infinity;
  let baseCliMs = Infinity;
  // CPU time (user + system of this process) beside wall time: on a loaded machine the wall time is mostly
  // waiting for a core, and the CPU time is what the change itself saves.
  let cpuMs = Infinity;
  let baseCpuMs = Infinity;
  const cpuOf = async (fn) => {
    const c0 = process.cpuUsage();
    await fn();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  for (let i = 0; i < 5; i++) {
    defaultMs = Math.min(defaultMs, await time(async () => (cpuMs = Math.min(cpuMs, await cpuOf(() => check(false)))), 1));
    if (baseCheck) baseMs = Math.min(baseMs, await time(async () => (baseCpuMs = Math.min(baseCpuMs, await cpuOf(() => baseCheck({ paths, deep: false, env })))), 1));
  }
  for (let i = 0; i < 3; i++) {
    cliMs = Math.min(cliMs, await time(cli(DIST), 1));
    if (BASELINE) baseCliMs = Math.min(baseCliMs, await time(cli(BASELINE), 1));
  }
  const deepMs = await time(() => check(true), 2);
  const shaMs = await time(() => {
    execFileSync('sh', ['-c', `xargs -0 -n 5000 sha256sum < ${list} > /dev/null`]);
  }, 2);
  rows.push({ plugins: n, files: fileCount, defaultMs, baseMs, cpuMs, baseCpuMs, cliMs, baseCliMs, deepMs, shaMs, genMs });
  process.stderr.write(`${n} plugins: ${fileCount} files, default ${defaultMs.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)${baseCheck ? ` (baseline ${baseMs.toFixed(0)} ms, CPU ${baseCpuMs.toFixed(0)} ms)` : ''}, CLI ${cliMs.toFixed(0)} ms${BASELINE ? ` (baseline ${baseCliMs.toFixed(0)} ms)` : ''}, deep ${deepMs.toFixed(0)} ms, sha256sum ${shaMs.toFixed(0)} ms\n`);
  if (!KEEP) fs.rmSync(root, { recursive: true, force: true });
}

const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;
if (BASELINE) {
  console.log(`| plugins | files | default, wall (in-process) | baseline | new / baseline | default, CPU | baseline CPU | new / baseline | CLI, wall | baseline CLI | new / baseline |`);
  console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const r of rows)
    console.log(`| ${r.plugins} | ${r.files.toLocaleString('en')} | ${ms(r.defaultMs)} | ${ms(r.baseMs)} | ${(r.defaultMs / r.baseMs).toFixed(2)}x | ${ms(r.cpuMs)} | ${ms(r.baseCpuMs)} | ${(r.cpuMs / r.baseCpuMs).toFixed(2)}x | ${ms(r.cliMs)} | ${ms(r.baseCliMs)} | ${(r.cliMs / r.baseCliMs).toFixed(2)}x |`);
  console.log('');
}
console.log(`| plugins | files | default (in-process) | default (CLI, incl. node start-up) | --deep | sha256sum | --deep / sha256sum |`);
console.log(`|---:|---:|---:|---:|---:|---:|---:|`);
for (const r of rows)
  console.log(`| ${r.plugins} | ${r.files.toLocaleString('en')} | ${ms(r.defaultMs)} | ${ms(r.cliMs)} | ${ms(r.deepMs)} | ${ms(r.shaMs)} | ${(r.deepMs / r.shaMs).toFixed(2)}x |`);
console.log(`\nnode ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), files per plugin ${FILES_PER_PLUGIN}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
