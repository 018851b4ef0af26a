#!/usr/bin/env node
/**
 * Install overhead: `clawguard plugins install <plugin>` vs `npm install --omit=dev --omit=peer --ignore-scripts
 * <plugin>` of the same real OpenClaw plugins, from the same local Verdaccio, with the same warm npm cache,
 * alternated run by run in this one process. Median of N (default 5) and the ratio.
 *
 *   node bench/install/run.mjs [--runs 5] [--no-inspect-cache] [--cpu-prof DIR] [--against CLI] [plugin@version …]
 *
 * Like npm's cache, clawguard's inspection cache (beside it) is warm after the warm-up run: a re-install of
 * the same bytes reuses their inspection. `--no-inspect-cache` (CLAWGUARD_INSPECT_CACHE=0) measures every
 * run with a fresh inspection of every package. `--cpu-prof DIR` writes a V8 CPU profile of every timed
 * clawguard process (main thread and engine threads: node's --cpu-prof) into DIR, for where the time goes
 * beyond npm; profiling slows clawguard, so read its ratios from a run without it. `--against CLI` (another
 * build's dist/cli/clawguard.cjs, e.g. of the previous commit) runs it too, alternated with the others in the
 * same run: a before/after under the same load, in its own column.
 *
 * The first run downloads each plugin and its production tree from the public registry (npm's resolver,
 * `--package-lock-only`), caches the tarballs under $TMPDIR/clawguard-bench-install, and republishes them into
 * the local registry; after that, nothing leaves loopback. Peers are omitted on both sides: an OpenClaw
 * plugin's `openclaw` peer is the host, never installed into the plugin. Imports the built CLI from dist/.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tar from 'tar';
import { publishTarball, startRegistry } from '../../scripts/lib/registry.mjs';

const pacote = createRequire(import.meta.url)('pacote');
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repoRoot, 'dist/cli/clawguard.cjs');
const npmCli = path.resolve(path.dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');
const PUBLIC = 'https://registry.npmjs.org/';
const DEFAULT_PLUGINS = ['@openclaw/synology-chat@2026.9.4', '@calltelemetry/openclaw-linear@0.9.29', '@openclaw/nostr@2026.9.5'];

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const noCacheAt = args.indexOf('--no-inspect-cache');
const INSPECT_CACHE = noCacheAt < 0;
if (!INSPECT_CACHE) args.splice(noCacheAt, 1);
const profAt = args.indexOf('--cpu-prof');
const PROF_DIR = profAt >= 0 ? path.resolve(args.splice(profAt, 2)[1]) : undefined;
const againstAt = args.indexOf('--against');
const AGAINST = againstAt >= 0 ? path.resolve(args.splice(againstAt, 2)[1]) : undefined;
const plugins = args.length ? args : DEFAULT_PLUGINS;
const cacheRoot = path.join(os.tmpdir(), 'clawguard-bench-install');

/** Run a command; `onLine(line, ms)` sees each stderr line with the time since start (stage timings). */
function run(file, argv, options, onLine) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let pending = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      out += d;
      pending += d;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) onLine?.(line, performance.now() - started);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(argv[0] ?? file)} ${argv.slice(1).join(' ')} exited ${code}:\n${out.slice(-2000)}`))));
  });
}
const npm = (argv, options) => run(process.execPath, [npmCli, ...argv], options);

/**
 * Wall and CPU time (user + system, the process and its threads and children, from GNU time) of one timed
 * command: the CPU is what a loaded machine cannot inflate much, so it shows where a ratio comes from.
 */
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
async function timedRun(argv, options, onLine) {
  const cpuFile = GNU_TIME ? path.join(os.tmpdir(), `clawguard-bench-cpu-${process.pid}`) : undefined;
  const t = performance.now();
  if (cpuFile) await run(GNU_TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...argv], options, onLine);
  else await run(process.execPath, argv, options, onLine);
  const ms = performance.now() - t;
  if (!cpuFile) return { ms, cpuMs: NaN };
  const [user, system] = fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  fs.rmSync(cpuFile, { force: true });
  return { ms, cpuMs: (user + system) * 1000 };
}

/** The plugin's production tree from the public registry (peers and dev excluded), tarballs cached. */
async function ensureTree(spec) {
  const dir = path.join(cacheRoot, spec.replace(/[^a-zA-Z0-9.@-]/g, '_'));
  const listFile = path.join(dir, 'packages.json');
  if (fs.existsSync(listFile)) return JSON.parse(fs.readFileSync(listFile, 'utf8'));
  fs.mkdirSync(dir, { recursive: true });
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bench-lock-'));
  fs.writeFileSync(path.join(project, 'package.json'), '{"name":"bench-lock","version":"0.0.0","private":true}');
  process.stderr.write(`resolving ${spec} from ${PUBLIC}…\n`);
  await npm(['install', '--package-lock-only', '--omit=dev', '--omit=peer', '--ignore-scripts', '--no-audit', '--no-fund', `--registry=${PUBLIC}`, spec], { cwd: project, env: process.env });
  const lock = JSON.parse(fs.readFileSync(path.join(project, 'package-lock.json'), 'utf8'));
  fs.rmSync(project, { recursive: true, force: true });
  const packages = [];
  for (const [location, meta] of Object.entries(lock.packages)) {
    if (!location || meta.dev || meta.peer || meta.link) continue;
    const name = meta.name ?? location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const file = path.join(dir, `${name.replace('/', '+')}-${meta.version}.tgz`);
    // pacote verifies the registry's integrity on download (the lockfile may omit resolved/integrity).
    if (!fs.existsSync(file)) fs.writeFileSync(file, await pacote.tarball(`${name}@${meta.version}`, { registry: PUBLIC, cache: path.join(cacheRoot, '_cacache') }));
    packages.push({ location, file });
  }
  fs.writeFileSync(listFile, JSON.stringify(packages, null, 2));
  return packages;
}

async function manifestOf(file) {
  let text = '';
  await tar.t({
    file,
    onReadEntry: (entry) => {
      if (/^[^/]+\/package\.json$/.test(entry.path)) entry.on('data', (d) => (text += d));
      else entry.resume();
    },
  });
  return JSON.parse(text);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (!fs.existsSync(cli)) {
  console.error('build first: npm run build');
  process.exit(1);
}
const trees = {};
for (const spec of plugins) trees[spec] = await ensureTree(spec);

const registry = await startRegistry();
try {
  const published = new Set();
  for (const spec of plugins)
    for (const { file } of trees[spec]) {
      if (published.has(file)) continue;
      const manifest = await manifestOf(file);
      try {
        await publishTarball(registry.url, manifest, fs.readFileSync(file));
      } catch (err) {
        if (!/409|exists/i.test(String(err))) throw err;
      }
      published.add(file);
    }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bench-run-'));
  const home = path.join(work, 'home');
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(path.join(home, '.npmrc'), `registry=${registry.url}\n`);
  const baseEnv = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: process.env.TMPDIR ?? os.tmpdir(),
    NO_COLOR: '1',
    npm_config_userconfig: path.join(home, '.npmrc'),
    npm_config_globalconfig: path.join(work, 'npmrc-global'),
    npm_config_cache: path.join(work, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    ...(INSPECT_CACHE ? {} : { CLAWGUARD_INSPECT_CACHE: '0' }),
  };

  let n = 0;
  const baseline = async (spec) => {
    const dir = path.join(work, `npm-${n++}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"bench-baseline","version":"0.0.0","private":true}');
    return timedRun([npmCli, 'install', '--omit=dev', '--omit=peer', '--ignore-scripts', '--no-audit', '--no-fund', spec], { cwd: dir, env: baseEnv });
  };
  // Stage boundaries, from the progress lines `clawguard plugins install` prints on stderr.
  const STAGES = [
    ['startup (load, npm config, spec)', /^resolving (?!the dependencies)/],
    ['resolve + fetch + unpack + validate', /^resolving the dependencies/],
    ['dependency tree: plan + inspect', /^inspecting /],
    ['inspect plugin + decide', /^installing dependencies/],
    ['install tree (scripts off)', /^installing into /],
  ];
  const stageTimes = {};
  const guarded = async (spec, record, build = cli) => {
    const stateDir = path.join(work, `state-${n++}`);
    fs.mkdirSync(stateDir, { mode: 0o700 });
    const marks = [];
    const prof = record && PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', path.join(PROF_DIR, spec.replace(/[^a-zA-Z0-9.@-]/g, '_'))] : [];
    const timed = await timedRun([...prof, build, 'plugins', 'install', spec, '--min-release-age', '0', '--yes', '--json'], { env: { ...baseEnv, OPENCLAW_STATE_DIR: stateDir } }, (line, ms) => {
      const i = STAGES.findIndex(([, re]) => re.test(line));
      if (i >= 0 && marks[i] === undefined) marks[i] = ms;
    });
    if (record && build === cli) {
      const bounds = [0, ...marks, timed.ms];
      const times = (stageTimes[spec] ??= {});
      [...STAGES.map(([name]) => name), 'commit + record'].forEach((name, i) => (times[name] ??= []).push(bounds[i + 1] - bounds[i]));
    }
    return timed;
  };

  const rows = [];
  for (const spec of plugins) {
    // Warm-up (fills the npm cache for both sides, and proves both succeed) then alternate.
    await baseline(spec);
    await guarded(spec);
    if (AGAINST) await guarded(spec, false, AGAINST);
    const a = [];
    const b = [];
    const c = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(await baseline(spec));
      b.push(await guarded(spec, true));
      if (AGAINST) c.push(await guarded(spec, true, AGAINST));
    }
    const med = (xs, key) => Math.round(median(xs.map((x) => x[key])));
    const row = { plugin: spec, packages: trees[spec].length, npmMs: med(a, 'ms'), clawguardMs: med(b, 'ms'), npmCpuMs: med(a, 'cpuMs'), clawguardCpuMs: med(b, 'cpuMs') };
    row.ratio = Number((row.clawguardMs / row.npmMs).toFixed(2));
    if (AGAINST) {
      row.againstMs = med(c, 'ms');
      row.againstRatio = Number((row.againstMs / row.npmMs).toFixed(2));
      row.againstCpuMs = med(c, 'cpuMs');
    }
    rows.push(row);
    process.stderr.write(
      `${spec}: npm ${row.npmMs} ms (CPU ${row.npmCpuMs}), clawguard ${row.clawguardMs} ms (CPU ${row.clawguardCpuMs}), ratio ${row.ratio}${AGAINST ? `; --against ${row.againstMs} ms (CPU ${row.againstCpuMs}), ratio ${row.againstRatio}` : ''}\n`,
    );
  }
  fs.rmSync(work, { recursive: true, force: true });

  const againstHead = AGAINST ? ' --against build | ratio |' : '';
  const lines = [
    `| plugin | packages | npm install (median of ${RUNS}) | clawguard plugins install (median of ${RUNS}) | ratio |${againstHead}`,
    `|---|---:|---:|---:|---:|${AGAINST ? '---:|---:|' : ''}`,
    ...rows.map((r) => `| \`${r.plugin}\` | ${r.packages} | ${r.npmMs} ms | ${r.clawguardMs} ms | ${r.ratio}x |${AGAINST ? ` ${r.againstMs} ms | ${r.againstRatio}x |` : ''}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const cpuLines = [
    `| CPU, user + system (median) | npm install | clawguard plugins install | ratio |${AGAINST ? ' --against build | ratio |' : ''}`,
    `|---|---:|---:|---:|${AGAINST ? '---:|---:|' : ''}`,
    ...rows.map(
      (r) =>
        `| \`${r.plugin}\` | ${r.npmCpuMs} ms | ${r.clawguardCpuMs} ms | ${(r.clawguardCpuMs / r.npmCpuMs).toFixed(2)}x |${AGAINST ? ` ${r.againstCpuMs} ms | ${(r.againstCpuMs / r.npmCpuMs).toFixed(2)}x |` : ''}`,
    ),
  ];
  if (GNU_TIME) process.stdout.write(`\n${cpuLines.join('\n')}\n`);
  const stageNames = Object.keys(stageTimes[plugins[0]] ?? {});
  const stageLines = [
    `| stage (median ms) | ${plugins.map((p) => `\`${p}\``).join(' | ')} |`,
    `|---|${plugins.map(() => '---:').join('|')}|`,
    ...stageNames.map((name) => `| ${name} | ${plugins.map((p) => Math.round(median(stageTimes[p]?.[name]?.filter((x) => !Number.isNaN(x)) ?? [NaN]))).join(' | ')} |`),
  ];
  process.stdout.write(`\n${stageLines.join('\n')}\n`);
  process.stdout.write(`\nnode ${process.version}, ${os.cpus().length} CPUs, inspection cache ${INSPECT_CACHE ? 'warm' : 'off'}${AGAINST ? `, --against ${AGAINST}` : ''}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${new Date().toISOString()}\n`);
} finally {
  await registry.stop();
}
