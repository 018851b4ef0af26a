#!/usr/bin/env node
/**
 * Install-policy speed on a large dependency tree, against OpenClaw's 10 s default timeout.
 * Side by side in one run, over the same tree:
 *   baseline   walk + sha256 of every file of every package, in this process (what any content-keyed cache
 *              costs at least)
 *   cold       `clawguard policy` tree stage through the real CLI, as OpenClaw runs it (its own process,
 *              node start-up included), with an empty result cache: the engine on every package, threads
 *   warm       the same request again (what the 2nd and 3rd calls of one install, and an approved re-run, cost)
 *   probe      the doctor probe through the real CLI
 * cold and warm report wall time, process CPU and peak RSS (/usr/bin/time).
 * Usage: npm run build && node bench/policy/run.mjs [tree-dir] [--runs N] [--sample N]
 * Default tree: the real openclaw@2026.9.6 install prepared by scripts/setup-openclaw.mjs (331 packages).
 * --sample N: a plugin-sized tree instead, the first N top-level packages of that tree copied into a temp project.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');
const { contentDigest } = await import(path.join(repo, 'dist/engine/content-digest.js'));
const { listTreePackages } = await import(path.join(repo, 'dist/openclaw/policy/node-modules.js'));

const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3);
const sample = args.includes('--sample') ? Number(args[args.indexOf('--sample') + 1]) : 0;
const source = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs' && args[i - 1] !== '--sample') ?? path.join(repo, '.cache/openclaw/openclaw-2026.9.6'));
if (!fs.existsSync(path.join(source, 'node_modules'))) {
  console.error(`no node_modules under ${source}: run node scripts/setup-openclaw.mjs, or pass a project directory`);
  process.exit(2);
}
let tree = source;
if (sample > 0) {
  tree = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bench-tree-'));
  fs.writeFileSync(path.join(tree, 'package.json'), JSON.stringify({ name: 'bench-plugin', version: '1.0.0' }));
  const names = fs.readdirSync(path.join(source, 'node_modules')).filter((n) => !n.startsWith('.') && !n.startsWith('@') && n !== 'openclaw').sort().slice(0, sample);
  for (const n of names) fs.cpSync(path.join(source, 'node_modules', n), path.join(tree, 'node_modules', n), { recursive: true, verbatimSymlinks: true });
  process.on('exit', () => fs.rmSync(tree, { recursive: true, force: true }));
}

const request = JSON.stringify({
  protocolVersion: 1,
  openclawVersion: '2026.9.6',
  targetName: 'bench-tree',
  targetType: 'plugin',
  sourcePath: tree,
  sourcePathKind: 'directory',
  source: { kind: 'npm', authority: 'third-party', mutable: false, network: true },
  origin: { type: 'plugin-dependency-tree' },
  request: { kind: 'plugin-npm', mode: 'install' },
  plugin: { contentType: 'dependency-tree', pluginId: 'bench-tree' },
});

/** One policy process, as OpenClaw spawns it (the empty environment plus the printed passEnv names). */
function policy(stateDir) {
  const env = { HOME: stateDir, OPENCLAW_STATE_DIR: stateDir, npm_config_cache: path.join(stateDir, 'npm-cache') };
  const res = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, path.join(repo, 'dist/cli/main.js'), 'policy', '--time-budget', '3600000'], { input: request, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const [wall, user, sys, rssKb] = res.stderr.trim().split('\n').pop().split(' ').map(Number);
  const decision = JSON.parse(res.stdout).decision;
  return { ms: wall * 1000, cpuMs: (user + sys) * 1000, rssMiB: rssKb / 1024, decision };
}

function baseline() {
  const t = performance.now();
  let bytes = 0;
  contentDigest(tree);
  for (const p of listTreePackages(tree, 'bench')) bytes += contentDigest(p.dir).bytes;
  return { ms: performance.now() - t, bytes };
}

function probe() {
  const t = performance.now();
  const out = execFileSync(process.execPath, [path.join(repo, 'dist/cli/main.js'), 'policy'], {
    input: JSON.stringify({ protocolVersion: 1, openclawVersion: '2026.9.6', targetType: 'skill', targetName: 'doctor-install-policy-probe', sourcePath: '/tmp/x', sourcePathKind: 'directory', origin: { type: 'doctor' }, request: { kind: 'skill-install', mode: 'install' } }),
    env: {},
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  if (!String(out).includes('"allow"')) throw new Error(`probe answered ${out}`);
  return performance.now() - t;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = { baseline: [], cold: [], warm: [], probe: [] };
const detail = { cold: [], warm: [] };
let packages = listTreePackages(tree, 'bench').length + 1;
let bytes = 0;
let decision = '';
for (let i = 0; i < runs; i++) {
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bench-policy-'));
  try {
    const b = baseline();
    bytes = b.bytes;
    rows.baseline.push(b.ms);
    const cold = policy(state);
    rows.cold.push(cold.ms);
    detail.cold.push(cold);
    decision = cold.decision;
    const warm = policy(state);
    rows.warm.push(warm.ms);
    detail.warm.push(warm);
    rows.probe.push(probe());
  } finally {
    fs.rmSync(state, { recursive: true, force: true });
  }
}
const b = median(rows.baseline);
console.log(`tree: ${tree}`);
console.log(`packages: ${packages}, bytes: ${(bytes / 1048576).toFixed(0)} MiB, decision: ${decision}, runs: ${runs}, cpus: ${os.availableParallelism()}, load: ${os.loadavg()[0].toFixed(1)}`);
for (const [name, xs] of Object.entries(rows)) {
  const extra = detail[name] ? `, CPU ${(median(detail[name].map((d) => d.cpuMs)) / 1000).toFixed(2)} s, peak RSS ${Math.round(Math.max(...detail[name].map((d) => d.rssMiB)))} MiB` : '';
  console.log(`${name.padEnd(9)} median ${(median(xs) / 1000).toFixed(2)} s${name === 'baseline' || name === 'probe' ? '' : `  (${(median(xs) / b).toFixed(2)}x baseline)`}${extra}`);
}
