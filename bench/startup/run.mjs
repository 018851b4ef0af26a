#!/usr/bin/env node
/**
 * Process start to first answer, as CPU time (user + system, bash's `time`), side by side in one run:
 *   node -e 0                          the floor every Node process pays
 *   gateway check (nothing installed)  runs before every gateway start          target <= 1.3x
 *   policy doctor probe                OpenClaw's `doctor --deep` synthetic request target <= 1.3x
 *   skills scan <one skill>, cold      engine cache off (CLAWGUARD_INSPECT_CACHE=0)   target <= 2x
 *   skills scan <one skill>, warm      the same content again: a cache hit      target <= 1.2x of start
 *   policy, cached plugin directory    a repeat install-policy request for the same package: a cache hit   target <= 1.2x
 *   plugins inspect, cached directory  a repeat `plugins inspect` of the same local package (no network)  target <= 1.2x
 * Commands are interleaved round by round (a loaded machine slows every row alike), medians reported as
 * ratios to `node -e 0`. Writes bench/results/startup.md (and .json).
 * Usage: npm run build && node bench/startup/run.mjs [--runs N] [--against CLI]
 * `--against CLI` (another build's dist/cli/clawguard.cjs, e.g. of an earlier commit) runs every clawguard row
 * with it too, interleaved in the same rounds, with a cache directory of its own: a before/after under one load.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');
const cli = path.join(repo, 'dist/cli/clawguard.cjs');
const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 7);
const against = args.includes('--against') ? path.resolve(args[args.indexOf('--against') + 1]) : undefined;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bench-startup-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const home = path.join(root, 'home');
const state = path.join(home, '.openclaw');
fs.mkdirSync(state, { recursive: true });
const skill = path.join(repo, 'fixtures/skills/benign-api-helper');
const env = { PATH: process.env.PATH, HOME: home, OPENCLAW_STATE_DIR: state, npm_config_cache: path.join(root, 'npm-cache'), NO_COLOR: '1' };
const doctor = JSON.stringify({
  protocolVersion: 1,
  openclawVersion: '2026.9.6',
  targetType: 'skill',
  targetName: 'doctor-install-policy-probe',
  sourcePath: '/tmp/x',
  sourcePathKind: 'directory',
  origin: { type: 'doctor' },
  request: { kind: 'skill-install', mode: 'install' },
});

// A repeat policy request: a plugin package directory whose result is already cached (the warm row's pattern).
const pluginDir = path.join(repo, 'fixtures/packages/clean-plugin');
const pluginRequest = JSON.stringify({
  protocolVersion: 1,
  openclawVersion: '2026.9.6',
  targetName: 'clean-plugin',
  targetType: 'plugin',
  sourcePath: pluginDir,
  sourcePathKind: 'directory',
  source: { kind: 'local-path', authority: 'user', mutable: true, network: false },
  origin: { type: 'plugin-package', packageName: 'clean-plugin', version: '1.0.0' },
  request: { kind: 'plugin-dir', mode: 'install', requestedSpecifier: pluginDir },
  plugin: { contentType: 'package', pluginId: 'clean-plugin', packageName: 'clean-plugin', manifestId: 'clean-plugin', version: '1.0.0', extensions: ['./dist/index.js'] },
});

const rows = [
  { name: 'node -e 0', argv: ['-e', '0'], env },
  { name: 'gateway check (nothing installed)', argv: [cli, 'gateway', 'check', '--json', '--openclaw-dir', path.join(root, 'no-openclaw')], env, target: 1.3 },
  // OpenClaw starts the policy with an empty environment.
  { name: 'policy doctor probe', argv: [cli, 'policy'], env: {}, input: doctor, target: 1.3 },
  { name: 'skills scan, one skill, cold', argv: [cli, 'skills', 'scan', '--json', skill], env: { ...env, CLAWGUARD_INSPECT_CACHE: '0' }, target: 2 },
  { name: 'skills scan, one skill, warm cache', argv: [cli, 'skills', 'scan', '--json', skill], env, target: 1.2 },
  { name: 'policy, cached plugin directory', argv: [cli, 'policy'], env, input: pluginRequest, target: 1.2 },
  // The same package directory (no dependencies: nothing to resolve from a registry), its result cached.
  { name: 'plugins inspect, cached local directory', argv: [cli, 'plugins', 'inspect', '--json', pluginDir], env, target: 1.2 },
];

// The other build's twin of each clawguard row, right after it, with its own npm cache (its results, stat
// records and code cache would otherwise replace this build's on every run).
if (against) {
  const otherEnv = (e) => (e.npm_config_cache ? { ...e, npm_config_cache: `${e.npm_config_cache}-against` } : e);
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row.argv[0] !== cli) continue;
    rows.splice(i + 1, 0, { ...row, name: `${row.name} (against)`, argv: [against, ...row.argv.slice(1)], env: otherEnv(row.env) });
  }
}

/**
 * CPU of one run in milliseconds: bash's `time` (getrusage of the child, printed to the millisecond; GNU time
 * prints hundredths, too coarse for rows 10-20 ms apart). The command runs with the row's environment.
 */
function cpuOf(row) {
  const res = spawnSync('/bin/bash', ['-c', 'TIMEFORMAT="%3U %3S"; time "$@" >/dev/null 2>&1', 'bench', process.execPath, ...row.argv], {
    env: row.env,
    input: row.input ?? '',
    encoding: 'utf8',
  });
  const [user, sys] = (res.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  if (!Number.isFinite(user)) throw new Error(`${row.name}: no timing (${res.stderr.slice(0, 400)})`);
  return { cpuMs: (user + sys) * 1000, status: res.status };
}

/** Peak RSS and exit status of one run (GNU time), after the untimed round. */
function rssOf(row) {
  const res = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...row.argv], { env: row.env, input: row.input ?? '', encoding: 'utf8' });
  return { rssMiB: Number(res.stderr.trim().split('\n').pop()) / 1024, status: res.status };
}

// One untimed round: fills the warm rows' cache and pages every module in. Then peak RSS, warm.
for (const row of rows) cpuOf(row);
const rss = rows.map(rssOf);
const samples = rows.map(() => []);
for (let r = 0; r < runs; r++) rows.forEach((row, i) => samples[i].push(cpuOf(row)));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(samples[0].map((s) => s.cpuMs));
const result = rows.map((row, i) => {
  const cpu = median(samples[i].map((s) => s.cpuMs));
  return { name: row.name, cpuMs: Math.round(cpu), ratio: Number((cpu / base).toFixed(2)), rssMiB: Math.round(rss[i].rssMiB), target: row.target, exit: samples[i][0].status };
});

const lines = [
  '# Start-up: process CPU to first answer',
  '',
  `${runs} interleaved rounds on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}.`,
  ...(against ? [`Rows marked "(against)" ran ${against}.`] : []),
  'CPU = user + system time of the whole process (bash `time`, to the millisecond), median; ratio to `node -e 0` in the same run; peak RSS from one run (GNU time).',
  '',
  '| command | CPU ms | ratio | target | peak RSS MiB | exit |',
  '|---|---:|---:|---:|---:|---:|',
  ...result.map((r) => `| ${r.name} | ${r.cpuMs} | ${r.ratio}x | ${r.target ? `<= ${r.target}x` : ''} | ${r.rssMiB} | ${r.exit} |`),
  '',
];
fs.mkdirSync(path.join(repo, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench/results/startup.md'), `${lines.join('\n')}`);
fs.writeFileSync(path.join(repo, 'bench/results/startup.json'), `${JSON.stringify({ runs, node: process.version, result }, null, 2)}\n`);
process.stdout.write(`${lines.join('\n')}`);
