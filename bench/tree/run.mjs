#!/usr/bin/env node
/**
 * Whole-tree bench: clawguard's tree pipeline (tree-pipeline.mjs: fetch + inspect the plugin, resolve the
 * production tree with Arborist, fetch and inspect every package, install from the inspected lockfile,
 * verify every installed package) against
 * `npm install --omit=dev --ignore-scripts` of the same plugin, side by side in the same run, cold (empty
 * npm cache) and warm (the cache of the cold run). Uses the public registry (or --registry / $BENCH_REGISTRY).
 *
 *   node bench/tree/run.mjs [--runs 3] [--registry URL] [spec ...]
 *
 * Run by hand (never from npm test). Needs a built dist/ (npm run build).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const pipeline = path.join(repoRoot, 'bench/tree/tree-pipeline.mjs');
const npmCli = path.resolve(path.dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const runs = Number(flag('--runs', process.env.BENCH_RUNS ?? '3'));
const registry = flag('--registry', process.env.BENCH_REGISTRY ?? 'https://registry.npmjs.org/');
const specs = args.length > 0 ? args : ['@openclaw/matrix@2026.9.6', '@openclaw/discord@2026.9.6', '@openclaw/msteams@2026.9.5'];

function sandbox(cacheDir) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bench-tree-'));
  const home = path.join(root, 'home');
  fs.mkdirSync(path.join(home, '.openclaw'), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(home, '.npmrc'), `registry=${registry}\n`);
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    NO_COLOR: '1',
    OPENCLAW_STATE_DIR: path.join(home, '.openclaw'),
    npm_config_userconfig: path.join(home, '.npmrc'),
    npm_config_cache: cacheDir,
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    // A TLS-intercepting proxy's CA (as on the development machine), for both sides alike.
    ...(process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS } : {}),
  };
  return { root, home, env };
}

function timed(file, argv, options) {
  const start = process.hrtime.bigint();
  const res = spawnSync(file, argv, { ...options, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, code: res.status, stderr: res.stderr, stdout: res.stdout };
}

function runClawguard(spec, cacheDir) {
  const box = sandbox(cacheDir);
  try {
    const res = timed(process.execPath, [pipeline, spec, path.join(box.root, 'work')], { env: box.env });
    let packages;
    let verdict;
    try {
      ({ packages, verdict } = JSON.parse(res.stdout));
    } catch {
      /* reported below */
    }
    if (res.code !== 0) process.stderr.write(`clawguard exit ${res.code} for ${spec}:\n${res.stderr.split('\n').slice(-6).join('\n')}\n`);
    return { ms: res.ms, code: res.code, packages, verdict };
  } finally {
    fs.rmSync(box.root, { recursive: true, force: true });
  }
}

function runNpm(spec, cacheDir) {
  const box = sandbox(cacheDir);
  const project = path.join(box.root, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), '{"name":"bench","version":"0.0.0","private":true}\n');
  try {
    const res = timed(process.execPath, [npmCli, 'install', spec, '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save', '--loglevel=error'], {
      env: box.env,
      cwd: project,
    });
    if (res.code !== 0) process.stderr.write(`npm exit ${res.code} for ${spec}:\n${res.stderr.split('\n').slice(-6).join('\n')}\n`);
    return { ms: res.ms, code: res.code };
  } finally {
    fs.rmSync(box.root, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rows = [];
for (const spec of specs) {
  const samples = { cgCold: [], npmCold: [], cgWarm: [], npmWarm: [] };
  let packages;
  let verdict;
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither tool always runs on a cooler machine or a warmer OS page cache.
    const order = i % 2 === 0 ? ['cg', 'npm'] : ['npm', 'cg'];
    for (const tool of order) {
      const cache = fs.mkdtempSync(path.join(os.tmpdir(), `clawguard-bench-cache-${tool}-`));
      try {
        const run = tool === 'cg' ? runClawguard : runNpm;
        const cold = run(spec, cache);
        const warm = run(spec, cache);
        samples[`${tool}Cold`].push(cold.ms);
        samples[`${tool}Warm`].push(warm.ms);
        if (tool === 'cg') ({ packages, verdict } = warm);
      } finally {
        fs.rmSync(cache, { recursive: true, force: true });
      }
    }
  }
  const row = {
    spec,
    packages,
    verdict,
    clawguardColdMs: Math.round(median(samples.cgCold)),
    npmColdMs: Math.round(median(samples.npmCold)),
    clawguardWarmMs: Math.round(median(samples.cgWarm)),
    npmWarmMs: Math.round(median(samples.npmWarm)),
  };
  row.coldRatio = +(row.clawguardColdMs / row.npmColdMs).toFixed(2);
  row.warmRatio = +(row.clawguardWarmMs / row.npmWarmMs).toFixed(2);
  rows.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
}

console.log(`runs per cell: ${runs} (median), registry ${registry}, node ${process.version}, ${os.cpus().length} CPUs`);
console.log('| plugin | packages | verdict | clawguard cold | npm cold | ratio | clawguard warm | npm warm | ratio |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.spec} | ${r.packages ?? '?'} | ${r.verdict ?? '?'} | ${(r.clawguardColdMs / 1000).toFixed(1)} s | ${(r.npmColdMs / 1000).toFixed(1)} s | ${r.coldRatio}x | ${(r.clawguardWarmMs / 1000).toFixed(1)} s | ${(r.npmWarmMs / 1000).toFixed(1)} s | ${r.warmRatio}x |`,
  );
