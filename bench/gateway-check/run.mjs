#!/usr/bin/env node
/**
 * Benchmark of `clawguard gateway check` (run by hand: `npm run build && node bench/gateway-check/run.mjs`).
 *
 * Generates state dirs with 10, 50 and 200 recorded plugins of 2,000 files each (50 plugins = 100,000 files),
 * then measures, in the same process and on the same warm page cache:
 *   - default mode (stat fingerprint trusted), in-process and as the real CLI (node startup included);
 *   - --deep (every file re-hashed) against `sha256sum` over exactly the same files (xargs -P1, one process
 *     per 5,000 files) — the baseline the ratio is taken against.
 * Prints a markdown table. Options: --sizes 10,50,200 --files 2000 --keep
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { runGatewayCheck } = await import(path.join(repo, 'dist/gateway/index.js'));
const { buildIntegrityManifest, saveIntegrityManifest } = await import(path.join(repo, 'dist/ledger/manifest.js'));
const { resolveStatePaths } = await import(path.join(repo, 'dist/core/state.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
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
  const defaultMs = await time(() => check(false));
  const cliMs = await time(async () => {
    const r = spawnSync(process.execPath, [path.join(repo, 'dist/cli/main.js'), 'gateway', 'check', '--json', '--state-dir', paths.stateDir], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) process.stderr.write(`CLI check failed (exit ${r.status}): ${r.stderr.slice(0, 300)}\n`);
  });
  const deepMs = await time(() => check(true), 2);
  const shaMs = await time(() => {
    execFileSync('sh', ['-c', `xargs -0 -n 5000 sha256sum < ${list} > /dev/null`]);
  }, 2);
  rows.push({ plugins: n, files: fileCount, defaultMs, cliMs, deepMs, shaMs, genMs });
  process.stderr.write(`${n} plugins: ${fileCount} files, default ${defaultMs.toFixed(0)} ms, CLI ${cliMs.toFixed(0)} ms, deep ${deepMs.toFixed(0)} ms, sha256sum ${shaMs.toFixed(0)} ms\n`);
  if (!KEEP) fs.rmSync(root, { recursive: true, force: true });
}

console.log(`| plugins | files | default (in-process) | default (CLI, incl. node startup) | --deep | sha256sum | --deep / sha256sum |`);
console.log(`|---:|---:|---:|---:|---:|---:|---:|`);
for (const r of rows)
  console.log(`| ${r.plugins} | ${r.files.toLocaleString('en')} | ${r.defaultMs.toFixed(0)} ms | ${r.cliMs.toFixed(0)} ms | ${r.deepMs.toFixed(0)} ms | ${r.shaMs.toFixed(0)} ms | ${(r.deepMs / r.shaMs).toFixed(2)}x |`);
console.log(`\nnode ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), files per plugin ${FILES_PER_PLUGIN}`);
