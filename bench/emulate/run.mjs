#!/usr/bin/env node
/**
 * Emulation bench (issue 11): what emulation adds to an inspection, as a ratio. For every package it finds
 * (the repo's fixture packages, and the precision corpus when its tarballs are cached locally under
 * .cache/bench/tarballs) it measures
 *   - the engine as shipped: inspection with emulation off (CLAWGUARD_EMULATE=0) and on (the engine picks
 *     what to emulate), reported as on / off;
 *   - the emulator alone: emulatePackage() on the install-time and load-time entries this bench picks (every
 *     lifecycle `node <file>`, plugin extensions, else main, filtered by shouldEmulate), reported as
 *     (inspection off + emulation) / inspection off, with the runs' outcomes and the effect kinds seen.
 * Fixtures run only inside the sandbox.
 *
 * Usage: npm run build && node bench/emulate/run.mjs [--repeat 3] [--no-corpus] [--sample N]
 * Writes bench/results/emulate.md and bench/results/emulate.json (figures are ratios and counts only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dist = path.join(repoRoot, 'dist');
const { values: args } = parseArgs({ options: { repeat: { type: 'string', default: '3' }, 'no-corpus': { type: 'boolean', default: false }, sample: { type: 'string', default: '0' } } });
/** --sample N: measure every k-th corpus package so that about N are measured (0: all). */
const sample = Math.max(0, Number(args.sample) || 0);
const repeat = Math.max(1, Number(args.repeat) || 3);
const log = (m) => process.stderr.write(`${m}\n`);

for (const f of ['emulate/index.js', 'inspect/index.js']) if (!fs.existsSync(path.join(dist, f))) throw new Error(`dist/${f} is missing: run \`npm run build\` first`);
const emu = await import(path.join(dist, 'emulate/index.js'));
const engine = await import(path.join(dist, 'inspect/index.js'));

const TEXT = /\.(?:c|m)?[jt]s$|\.json$/i;
const MAX_FILE = 2 * 1024 * 1024;

/** Package-relative POSIX path → text, for the files the emulator may load. */
function readFiles(root) {
  const files = new Map();
  const walk = (dir, rel) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(p, r);
      else if (d.isFile() && TEXT.test(d.name) && fs.statSync(p).size <= MAX_FILE) files.set(r, fs.readFileSync(p, 'utf8'));
    }
  };
  walk(root, '');
  return files;
}

/** Entries the way an engine would pick them: `node <file>` lifecycle scripts, plugin extensions, else main. */
function entriesOf(manifest, files) {
  const entries = [];
  const add = (file, reach, event) => {
    const rel = String(file).replace(/^\.\//, '');
    const resolved = [rel, `${rel}.js`, `${rel}/index.js`].find((c) => files.has(c));
    if (resolved && !entries.some((e) => e.file === resolved && e.reach === reach) && emu.shouldEmulate(resolved, files.get(resolved), reach)) entries.push({ file: resolved, reach, ...(event ? { event } : {}) });
  };
  for (const event of ['preinstall', 'install', 'postinstall']) {
    const cmd = manifest.scripts?.[event];
    const m = typeof cmd === 'string' ? /(?:^|&&|;)\s*node\s+(?:-\S+\s+)*([^\s;&|]+)/.exec(cmd) : null;
    if (m) add(m[1], 'install', event);
    else if (event === 'install' && files.has('binding.gyp')) continue;
  }
  const ext = manifest.openclaw?.extensions;
  if (Array.isArray(ext)) for (const e of ext) add(e, 'load');
  else if (typeof manifest.main === 'string') add(manifest.main, 'load');
  else if (files.has('index.js')) add('index.js', 'load');
  return entries;
}

/** Wall-clock and CPU time (all threads of the process: the sandbox worker's CPU counts, the blocked caller's does not). */
function clock() {
  const u = process.cpuUsage();
  return { wall: performance.now(), cpu: (u.user + u.system) / 1000 };
}
function since(c) {
  const n = clock();
  return { wall: n.wall - c.wall, cpu: n.cpu - c.cpu };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeInspection(root, id, emulation) {
  if (emulation) delete process.env.CLAWGUARD_EMULATE;
  else process.env.CLAWGUARD_EMULATE = '0';
  const t = [];
  for (let i = 0; i < repeat; i++) {
    const c = clock();
    await engine.inspectPackageDir(root, { packageId: id });
    t.push(since(c));
  }
  return { wall: median(t.map((x) => x.wall)), cpu: median(t.map((x) => x.cpu)) };
}

function timeEmulation(files, manifest, entries) {
  const t = [];
  let last;
  for (let i = 0; i < repeat; i++) {
    const c = clock();
    last = emu.emulatePackage({ files, manifest, entries });
    t.push(since(c));
  }
  return { time: { wall: median(t.map((x) => x.wall)), cpu: median(t.map((x) => x.cpu)) }, result: last };
}

const offTimes = new Map();

async function benchDir(root, group, name) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const files = readFiles(root);
  const entries = entriesOf(manifest, files);
  const inspect = offTimes.get(root);
  let engineOn = null;
  try {
    engineOn = await timeInspection(root, `${manifest.name}@${manifest.version}`, true);
  } catch {
    engineOn = null;
  }
  const out = { group, name: name ?? manifest.name, entries: entries.map((e) => `${e.reach}:${e.file}`), jsFiles: [...files.keys()].filter((f) => /\.(?:c|m)?[jt]s$/.test(f)).length };
  out.engineRatio = engineOn ? engineOn.wall / inspect.wall : null;
  out.engineOn = engineOn;
  if (!entries.length) return { ...out, inspect, emulate: { wall: 0, cpu: 0 }, ratio: 1, cpuRatio: 1, runs: {}, kinds: {} };
  const { time, result } = timeEmulation(files, manifest, entries);
  const runs = {};
  for (const r of result.runs) runs[r.status] = (runs[r.status] ?? 0) + 1;
  const kinds = {};
  for (const e of result.effects) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  return { ...out, inspect, emulate: time, ratio: (inspect.wall + time.wall) / inspect.wall, cpuRatio: (inspect.cpu + time.cpu) / Math.max(0.1, inspect.cpu), runs, runCount: result.runs.length, kinds, partial: result.partial, flows: result.effects.filter((e) => e.carries?.length).length };
}

async function corpusDirs(work) {
  const tarballDir = path.join(repoRoot, '.cache/bench/tarballs');
  if (args['no-corpus'] || !fs.existsSync(tarballDir)) return [];
  let tgz = fs.readdirSync(tarballDir).filter((f) => f.endsWith('.tgz')).sort();
  if (sample && tgz.length > sample) {
    const step = tgz.length / sample;
    tgz = Array.from({ length: sample }, (_, i) => tgz[Math.floor(i * step)]);
  }
  if (!tgz.length) return [];
  const tar = await import('tar');
  const out = [];
  for (const f of tgz) {
    const dest = path.join(work, f.replace(/\.tgz$/, ''));
    fs.mkdirSync(dest, { recursive: true });
    await tar.x({ file: path.join(tarballDir, f), cwd: dest, strip: 1 });
    if (fs.existsSync(path.join(dest, 'package.json'))) out.push({ root: dest, group: 'precision-corpus', name: f.replace(/\.tgz$/, '') });
  }
  return out;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-emulate-bench-'));
try {
  const loadStart = performance.now();
  await emu.loadEmulator();
  const loadMs = performance.now() - loadStart;
  const fixtureRoot = path.join(repoRoot, 'fixtures/packages');
  const dirs = fs
    .readdirSync(fixtureRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(fixtureRoot, d.name, 'package.json')))
    .map((d) => ({ root: path.join(fixtureRoot, d.name), group: 'fixtures', name: d.name }));
  const corpus = await corpusDirs(work);
  // warm the inspection engine (rule compilation, parsers) so the first package is not charged for it
  process.env.CLAWGUARD_EMULATE = '0';
  if (dirs.length) for (let i = 0; i < 2; i++) await engine.inspectPackageDir(dirs[0].root, { packageId: 'warm-up' });
  log(`benchmarking ${dirs.length} fixture packages${corpus.length ? ` and ${corpus.length} corpus packages` : ' (precision corpus not cached locally: skipped)'}, ${repeat} runs each…`);
  // Phase 1, emulation off: must run before the engine ever loads its emulator (it keeps it once loaded).
  process.env.CLAWGUARD_EMULATE = '0';
  let done = 0;
  for (const d of [...dirs, ...corpus]) {
    if (++done % 25 === 0) log(`  off: ${done}/${dirs.length + corpus.length}`);
    try {
      offTimes.set(d.root, await timeInspection(d.root, d.name, false));
    } catch (err) {
      offTimes.set(d.root, null);
    }
  }
  log('inspection without emulation timed; now with it…');
  // the engine starts its emulator on first use: do that outside the timings
  delete process.env.CLAWGUARD_EMULATE;
  if (dirs.length) await engine.inspectPackageDir(dirs[0].root, { packageId: 'warm-up' });
  const results = [];
  done = 0;
  for (const d of [...dirs, ...corpus]) {
    if (++done % 25 === 0) log(`  on: ${done}/${dirs.length + corpus.length}`);
    if (!offTimes.get(d.root)) {
      results.push({ group: d.group, name: d.name, error: 'inspection failed' });
      continue;
    }
    try {
      results.push(await benchDir(d.root, d.group, d.name));
    } catch (err) {
      results.push({ group: d.group, name: d.name, error: String(err.message ?? err).split('\n')[0] });
    }
  }
  const groups = {};
  for (const g of new Set(results.map((r) => r.group))) {
    const rs = results.filter((r) => r.group === g && !r.error);
    const sum = (f) => rs.reduce((a, r) => a + f(r), 0);
    const inspect = sum((r) => r.inspect.wall);
    const emulate = sum((r) => r.emulate.wall);
    const inspectCpu = sum((r) => r.inspect.cpu);
    const emulateCpu = sum((r) => r.emulate.cpu);
    const withEngine = rs.filter((r) => r.engineOn);
    const engineOff = withEngine.reduce((a, r) => a + r.inspect.wall, 0);
    const engineOnSum = withEngine.reduce((a, r) => a + r.engineOn.wall, 0);
    const engineOffCpu = withEngine.reduce((a, r) => a + r.inspect.cpu, 0);
    const engineOnCpu = withEngine.reduce((a, r) => a + r.engineOn.cpu, 0);
    const emulated = rs.filter((r) => r.entries.length);
    groups[g] = {
      packages: rs.length,
      packagesEmulated: emulated.length,
      filesEmulated: emulated.reduce((a, r) => a + r.entries.length, 0),
      jsFiles: rs.reduce((a, r) => a + r.jsFiles, 0),
      engineRatio: engineOff ? Math.round((engineOnSum / engineOff) * 100) / 100 : null,
      engineCpuRatio: engineOffCpu ? Math.round((engineOnCpu / engineOffCpu) * 100) / 100 : null,
      personaRuns: emulated.reduce((a, r) => a + r.runCount, 0),
      ratioTotal: inspect ? Math.round(((inspect + emulate) / inspect) * 100) / 100 : null,
      cpuRatioTotal: inspectCpu ? Math.round(((inspectCpu + emulateCpu) / inspectCpu) * 100) / 100 : null,
      emulationPerRunToMeanInspection: emulated.length ? Math.round((emulate / Math.max(1, emulated.reduce((a, r) => a + r.runCount, 0)) / (inspect / rs.length)) * 100) / 100 : null,
      ratioMedianEmulated: emulated.length ? Math.round(median(emulated.map((r) => r.ratio)) * 100) / 100 : null,
      runs: emulated.reduce((acc, r) => { for (const [k, v] of Object.entries(r.runs)) acc[k] = (acc[k] ?? 0) + v; return acc; }, {}),
    };
  }
  const meanInspect = results.filter((r) => !r.error).reduce((a, r) => a + r.inspect.wall, 0) / Math.max(1, results.filter((r) => !r.error).length);
  const report = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadavg: os.loadavg().map((x) => Math.round(x * 10) / 10),
    repeat,
    emulatorMode: emu.emulatorMode(),
    loadRatioToMeanInspection: Math.round((loadMs / meanInspect) * 10) / 10,
    groups,
    packages: results.map((r) => ({ ...r, inspect: undefined, emulate: undefined, engineOn: undefined, engineRatio: r.engineRatio ? Math.round(r.engineRatio * 100) / 100 : r.engineRatio, ratio: r.ratio ? Math.round(r.ratio * 100) / 100 : undefined, cpuRatio: r.cpuRatio ? Math.round(r.cpuRatio * 100) / 100 : undefined })),
  };
  const outDir = path.join(repoRoot, 'bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'emulate.json'), `${JSON.stringify(report, null, 2)}\n`);
  const lines = [
    '# Emulation bench',
    '',
    `Generated ${report.generatedAt} by \`node bench/emulate/run.mjs --repeat ${repeat}${sample ? ` --sample ${sample}` : ''}\` (Node ${report.node}, ${report.cpus} CPUs, load average ${report.loadavg.join(' / ')}, median of ${repeat} runs, sandbox mode: ${report.emulatorMode}${sample ? `, ${sample} corpus packages sampled evenly by name` : ''}).`,
    '',
    'Ratio = (inspection + emulation) / inspection of the same package: 1.00 means emulation added nothing. Wall ratios use wall-clock time; CPU ratios use the CPU time of all threads (the sandbox runs in a worker; the caller blocks without CPU), which a loaded machine disturbs less. Figures are ratios and counts only (absolute times depend on the machine).',
    `Starting the sandbox (once per process: worker, wasm, warm-up) costs ${report.loadRatioToMeanInspection}x the mean inspection of one package here.`,
    '',
    '## The engine as shipped (it picks what to emulate)',
    '',
    'Inspection with emulation on / off (CLAWGUARD_EMULATE=0), summed over the group.',
    '',
    '| group | packages | wall ratio | CPU ratio |',
    '|---|---|---|---|',
    ...Object.entries(groups).map(([g, s]) => `| ${g} | ${s.packages} | ${s.engineRatio ?? '-'}x | ${s.engineCpuRatio ?? '-'}x |`),
    '',
    '## The emulator alone, on every entry this bench picks',
    '',
    '| group | packages | emulated packages | entries emulated / JS files | persona runs | total wall ratio | total CPU ratio | median wall ratio (emulated packages) | one run / mean inspection | runs |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...Object.entries(groups).map(([g, s]) => `| ${g} | ${s.packages} | ${s.packagesEmulated} | ${s.filesEmulated} / ${s.jsFiles} | ${s.personaRuns} | ${s.ratioTotal}x | ${s.cpuRatioTotal}x | ${s.ratioMedianEmulated ?? '-'}x | ${s.emulationPerRunToMeanInspection ?? '-'}x | ${Object.entries(s.runs).map(([k, v]) => `${k} ${v}`).join(', ')} |`),
    '',
    '## Per package',
    '',
    '| package | engine on/off | entries (this bench) | emulator wall ratio | emulator CPU ratio | runs | effects seen in emulation |',
    '|---|---|---|---|---|---|---|',
    ...results.map((r) => (r.error ? `| ${r.name} | error: ${r.error} | | | | | |` : `| ${r.name} | ${r.engineRatio ? `${Math.round(r.engineRatio * 100) / 100}x` : '-'} | ${r.entries.join(', ') || '(none)'} | ${r.entries.length ? `${Math.round(r.ratio * 100) / 100}x` : '-'} | ${r.entries.length ? `${Math.round(r.cpuRatio * 100) / 100}x` : '-'} | ${Object.entries(r.runs).map(([k, v]) => `${k} ${v}`).join(', ')} | ${Object.entries(r.kinds).map(([k, v]) => `${k} ${v}`).join(', ')}${r.flows ? ` (${r.flows} carrying secrets)` : ''} |`)),
    '',
  ];
  fs.writeFileSync(path.join(outDir, 'emulate.md'), `${lines.join('\n')}`);
  for (const [g, s] of Object.entries(groups)) log(`${g}: engine on/off ${s.engineRatio}x (CPU ${s.engineCpuRatio}x); emulator alone on ${s.packagesEmulated}/${s.packages} packages ${s.ratioTotal}x (CPU ${s.cpuRatioTotal}x)`);
  log('wrote bench/results/emulate.md and emulate.json');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
