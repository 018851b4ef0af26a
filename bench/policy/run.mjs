#!/usr/bin/env node
/**
 * Install-policy speed and memory on a large dependency tree, against OpenClaw's 10 s default timeout.
 * Side by side in one run, over the same tree, each its own process timed by /usr/bin/time (wall, CPU, peak RSS):
 *   read       every file of the tree read once, nothing else (bench/policy/floor.mjs read)
 *   hash       the service's content digest of every package: walk + sha256 of every file, the floor of any
 *              content-keyed cache and what a warm answer costs at least (bench/policy/floor.mjs hash)
 *   cold       `clawguard policy` tree stage through the real CLI entry `--print-config` names, as OpenClaw
 *              runs it (the empty environment plus passEnv), with an empty result cache: the engine on every
 *              package, on the service's threads
 *   warm       the same request again (the 2nd and 3rd calls of one install, an approved re-run)
 *   probe      the doctor probe through the same entry
 * From cold and warm it derives the engine's own cost on this tree (cold CPU - warm CPU, per MiB and per
 * package), the longest single package (the policy logs it: the engine cannot split a package over
 * threads), the floor of a cold answer on this machine's cores, and checks `--print-config`'s timeoutMs
 * (src/openclaw/print-config.ts) against the measured cold answer.
 * Prints the figures and writes bench/results/policy.md.
 * Usage: npm run build && node bench/policy/run.mjs [tree-dir] [--runs N] [--sample N]
 * Default tree: the real openclaw@2026.9.6 install prepared by scripts/setup-openclaw.mjs (331 packages).
 * --sample N: a plugin-sized tree instead, the first N top-level packages of that tree copied into a temp project.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');
const { listTreePackages } = await import(path.join(repo, 'dist/openclaw/policy/node-modules.js'));
const { POLICY_TIMEOUT_MS, POLICY_TIME_BUDGET_MS } = await import(path.join(repo, 'dist/openclaw/print-config.js'));

const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 1);
const sample = args.includes('--sample') ? Number(args[args.indexOf('--sample') + 1]) : 0;
const source = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs' && args[i - 1] !== '--sample') ?? path.join(repo, '.cache/openclaw/openclaw-2026.9.6'));
if (!fs.existsSync(path.join(source, 'node_modules'))) {
  console.error(`no node_modules under ${source}: run node scripts/setup-openclaw.mjs, or pass a project directory`);
  process.exit(2);
}
// The entry OpenClaw runs (the printed config's args[0]): the launcher bundle when the build has one.
const entry = ['dist/cli/clawguard.cjs', 'dist/cli/main.js'].map((p) => path.join(repo, p)).find((p) => fs.existsSync(p));
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

/** One process under /usr/bin/time: wall, CPU (user + sys) and peak RSS, with its stdout and stderr. */
function timed(argv, { input, env }) {
  const res = spawnSync('/usr/bin/time', ['-f', '@@time %e %U %S %M', ...argv], { input, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const line = res.stderr.split('\n').find((l) => l.startsWith('@@time '));
  if (!line) throw new Error(`${argv.join(' ')} failed: ${res.stderr}`);
  const [wall, user, sys, rssKb] = line.slice(7).split(' ').map(Number);
  return { ms: wall * 1000, cpuMs: (user + sys) * 1000, rssMiB: rssKb / 1024, stdout: res.stdout, stderr: res.stderr };
}

/** One policy process, as OpenClaw spawns it (the empty environment plus the printed passEnv names; no NODE_EXTRA_CA_CERTS). */
function policy(stateDir) {
  const env = { HOME: stateDir, OPENCLAW_STATE_DIR: stateDir, npm_config_cache: path.join(stateDir, 'npm-cache') };
  const r = timed([process.execPath, entry, 'policy', '--time-budget', '3600000'], { input: request, env });
  const tree = /tree: (\d+) packages in \d+ ms, (\d+) from the cache, the engine on (\d+)(?: \(([\d.]+) MiB\))?(?:; longest: (\S+) (\d+) ms for ([\d.]+) MiB)?/.exec(r.stderr);
  return {
    ...r,
    decision: JSON.parse(r.stdout).decision,
    reason: JSON.parse(r.stdout).reason,
    engineRuns: tree ? Number(tree[3]) : 0,
    engineMiB: tree?.[4] ? Number(tree[4]) : 0,
    longest: tree?.[5] ? { id: tree[5], ms: Number(tree[6]), MiB: Number(tree[7]) } : undefined,
  };
}

function floor(mode) {
  const r = timed([process.execPath, path.join(import.meta.dirname, 'floor.mjs'), mode, tree], { env: {} });
  return { ...r, ...JSON.parse(r.stdout) };
}

function probe() {
  const input = JSON.stringify({ protocolVersion: 1, openclawVersion: '2026.9.6', targetType: 'skill', targetName: 'doctor-install-policy-probe', sourcePath: '/tmp/x', sourcePathKind: 'directory', origin: { type: 'doctor' }, request: { kind: 'skill-install', mode: 'install' } });
  const r = timed([process.execPath, entry, 'policy'], { input, env: {} });
  if (!r.stdout.includes('"allow"')) throw new Error(`probe answered ${r.stdout}`);
  return r;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = { read: [], hash: [], cold: [], warm: [], probe: [] };
const packages = listTreePackages(tree, 'bench').length + 1;
const loadBefore = os.loadavg()[0];
for (let i = 0; i < runs; i++) {
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bench-policy-'));
  try {
    rows.read.push(floor('read'));
    rows.hash.push(floor('hash'));
    rows.cold.push(policy(state));
    rows.warm.push(policy(state));
    rows.probe.push(probe());
  } finally {
    fs.rmSync(state, { recursive: true, force: true });
  }
}
const loadAfter = os.loadavg()[0];

const m = (name, key) => median(rows[name].map((r) => r[key]));
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const cores = os.availableParallelism();
const bytes = rows.hash[0].bytes;
const MiB = bytes / 1048576;
const cold = rows.cold[Math.floor(rows.cold.length / 2)];
// The engine's own cost: what a cold answer spends beyond a warm one (start-up, digests and lookups are in both).
const engineCpuMs = m('cold', 'cpuMs') - m('warm', 'cpuMs');
const perMiB = engineCpuMs / Math.max(cold.engineMiB || MiB, 1e-9);
const perPackage = engineCpuMs / Math.max(cold.engineRuns || packages, 1);
const longestMs = median(rows.cold.map((r) => r.longest?.ms ?? 0));
// A cold answer cannot beat the warm one (start-up, every digest) plus the larger of: the engine's CPU spread
// over every core, and the longest single package (one package runs on one thread).
const floorMs = m('warm', 'ms') + Math.max(engineCpuMs / cores, longestMs);

const table = [
  '| | wall | CPU | peak RSS | vs hash (wall) |',
  '|---|---:|---:|---:|---:|',
  ...['read', 'hash', 'cold', 'warm', 'probe'].map(
    (name) => `| ${name} | ${s(m(name, 'ms'))} | ${s(m(name, 'cpuMs'))} | ${Math.round(Math.max(...rows[name].map((r) => r.rssMiB)))} MiB | ${(m(name, 'ms') / m('hash', 'ms')).toFixed(2)}x |`,
  ),
];
const derived = [
  `- engine CPU on this tree (cold CPU - warm CPU): ${s(engineCpuMs)} for ${(cold.engineMiB || MiB).toFixed(0)} MiB in ${cold.engineRuns || packages} packages: ${perMiB.toFixed(0)} ms per MiB, ${perPackage.toFixed(0)} ms per package`,
  cold.longest ? `- longest package: ${cold.longest.id}, ${s(longestMs)} on its thread for ${cold.longest.MiB} MiB (one package is never split over threads)` : '- longest package: not logged',
  `- floor of a cold answer on ${cores} cores: warm ${s(m('warm', 'ms'))} + max(engine CPU / ${cores} = ${s(engineCpuMs / cores)}, longest package ${s(longestMs)}) = ${s(floorMs)}`,
  `- OpenClaw's default timeoutMs 10 s: cold ${m('cold', 'ms') <= 10_000 ? 'fits' : 'does not fit'} (${(m('cold', 'ms') / 10_000).toFixed(1)}x), warm ${m('warm', 'ms') <= 10_000 ? 'fits' : 'does not fit'}`,
  `- \`--print-config\` timeoutMs ${s(POLICY_TIMEOUT_MS)} (--time-budget ${s(POLICY_TIME_BUDGET_MS)}): ${(POLICY_TIMEOUT_MS / m('cold', 'ms')).toFixed(2)}x this cold answer, ${(POLICY_TIMEOUT_MS / floorMs).toFixed(2)}x the floor`,
  `- decision: ${cold.decision} (${cold.reason.slice(0, 120)}${cold.reason.length > 120 ? '…' : ''})`,
];
const header = `tree: ${sample ? `--sample ${sample} of ` : ''}${path.basename(source)}, ${packages} packages, ${rows.hash[0].files} files, ${MiB.toFixed(0)} MiB; runs: ${runs}; ${cores} cores; Node ${process.versions.node}; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`;

console.log(header);
console.log(table.join('\n'));
console.log(derived.join('\n'));

const md = [
  '# Install policy on a dependency tree',
  '',
  `\`node bench/policy/run.mjs${sample ? ` --sample ${sample}` : ''}${runs !== 1 ? ` --runs ${runs}` : ''}\` (after \`npm run build\`), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Every row is its own`,
  'process timed by `/usr/bin/time` (CPU = user + sys). read: every file read once; hash: the service\'s content',
  'digest of every package; cold: `clawguard policy` through the entry `--print-config` names, empty result cache;',
  'warm: the same request again; probe: the doctor probe. The machine is shared: wall times move with the load',
  'average, CPU and peak RSS are the process\'s own.',
  '',
  header,
  '',
  ...table,
  '',
  ...derived,
  '',
];
fs.writeFileSync(path.join(repo, 'bench/results', sample ? `policy-sample-${sample}.md` : 'policy.md'), md.join('\n'));
