// Watch bench: latency from a skill renamed into a root to the watcher's JSON line, p50/p95 with 1, 100 and
// 1,000 skills present; CPU over idle seconds and RSS with 1,000 skills. clawguard (`skills watch` from
// dist/) and a bare chokidar watcher (baseline-watcher.mjs) watch the same root side by side, so every
// figure has a baseline taken under the same load. Run by hand: `node bench/watch/run.mjs`
// (env: SIZES=1,100,1000  SAMPLES=40  IDLE_SECONDS=60).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const repo = path.resolve(import.meta.dirname, '../..');
const cli = path.join(repo, 'dist/cli/clawguard.cjs');
const baselineScript = path.join(import.meta.dirname, 'baseline-watcher.mjs');
const benign = path.join(repo, 'fixtures/watch/benign-weather');
const SIZES = (process.env.SIZES ?? '1,100,1000').split(',').map(Number);
const SAMPLES = Number(process.env.SAMPLES ?? 40);
const IDLE_SECONDS = Number(process.env.IDLE_SECONDS ?? 60);
const CLK_TCK = 100; // Linux USER_HZ for /proc/<pid>/stat

if (!fs.existsSync(cli)) throw new Error('build first: npm run build');

function makeSkill(dir, i) {
  fs.mkdirSync(path.join(dir, 'scripts'), { recursive: true });
  fs.copyFileSync(path.join(benign, 'SKILL.md'), path.join(dir, 'SKILL.md'));
  fs.writeFileSync(path.join(dir, 'scripts', 'forecast.sh'), `#!/bin/sh\n# skill ${i}: formats the forecast tool output\nprintf '%s\\n' "$1" | cut -c1-200\n`);
}

function startChild(args, env) {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
  const waiters = [];
  let buf = '';
  child.stdout.setEncoding('utf8').on('data', (d) => {
    buf += d;
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = JSON.parse(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
      const at = performance.now();
      for (const w of [...waiters]) if (w.pred(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve({ line, at });
      }
    }
  });
  return {
    child,
    waitFor: (pred, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error('bench: timed out waiting for the watcher')), timeoutMs);
        waiters.push({ pred, resolve: (v) => (clearTimeout(t), resolve(v)) });
      }),
    stop: () => new Promise((resolve) => (child.on('exit', resolve), child.kill('SIGTERM'))),
  };
}

const cpuTicks = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
};
const rssMiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const f1 = (x) => x.toFixed(1);

async function runSize(n, measureIdle) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bench-watch-'));
  const root = path.join(base, 'skills');
  const staging = path.join(base, 'staging');
  fs.mkdirSync(root);
  fs.mkdirSync(staging);
  for (let i = 0; i < n; i++) makeSkill(path.join(root, `skill-${i}`), i);
  const env = { ...process.env, HOME: path.join(base, 'home'), OPENCLAW_STATE_DIR: path.join(base, 'state'), NO_COLOR: '1' };

  const t0 = performance.now();
  const guard = startChild([cli, 'skills', 'watch', '--only-roots', '--root', root], env);
  await guard.waitFor((l) => l.event === 'ready', 600_000);
  const startupMs = performance.now() - t0;
  const baseline = startChild([baselineScript, root], env);
  await baseline.waitFor((l) => l.event === 'ready');

  const guardLat = [];
  const baseLat = [];
  for (let s = 0; s < SAMPLES; s++) {
    const name = `new-${s}`;
    makeSkill(path.join(staging, name), s);
    const g = guard.waitFor((l) => l.skill?.name === name);
    const b = baseline.waitFor((l) => l.skill?.name === name);
    const at = performance.now();
    fs.renameSync(path.join(staging, name), path.join(root, name));
    const [gr, br] = await Promise.all([g, b]);
    guardLat.push(gr.at - at);
    baseLat.push(br.at - at);
    await new Promise((r) => setTimeout(r, 150)); // let the per-skill debounce window close between samples
  }
  // Edits: an editor's atomic save (temp file, rename over SKILL.md) of a skill that was already there.
  const guardEdit = [];
  const baseEdit = [];
  for (let s = 0; s < SAMPLES; s++) {
    const name = `skill-${s % n}`;
    const file = path.join(root, name, 'SKILL.md');
    const tmp = path.join(root, name, `.SKILL.md.swp`);
    fs.writeFileSync(tmp, `${fs.readFileSync(path.join(benign, 'SKILL.md'), 'utf8')}\nRevision ${s}.\n`);
    const g = guard.waitFor((l) => l.event === 'skill-changed' && l.skill?.name === name);
    const b = baseline.waitFor((l) => l.event === 'skill-changed' && l.skill?.name === name);
    const at = performance.now();
    fs.renameSync(tmp, file);
    const [gr, br] = await Promise.all([g, b]);
    guardEdit.push(gr.at - at);
    baseEdit.push(br.at - at);
    await new Promise((r) => setTimeout(r, 150));
  }
  const row = {
    skills: n,
    startupMs: Math.round(startupMs),
    p50: pct(guardLat, 50),
    p95: pct(guardLat, 95),
    baseP50: pct(baseLat, 50),
    baseP95: pct(baseLat, 95),
    editP50: pct(guardEdit, 50),
    editP95: pct(guardEdit, 95),
    baseEditP50: pct(baseEdit, 50),
    baseEditP95: pct(baseEdit, 95),
    rssMiB: rssMiB(guard.child.pid),
    baseRssMiB: rssMiB(baseline.child.pid),
  };
  if (measureIdle) {
    const g0 = cpuTicks(guard.child.pid);
    const b0 = cpuTicks(baseline.child.pid);
    const w0 = performance.now();
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    const wallS = (performance.now() - w0) / 1000;
    row.idleCpuPct = ((cpuTicks(guard.child.pid) - g0) / CLK_TCK / wallS) * 100;
    row.baseIdleCpuPct = ((cpuTicks(baseline.child.pid) - b0) / CLK_TCK / wallS) * 100;
  }
  await guard.stop();
  await baseline.stop();
  fs.rmSync(base, { recursive: true, force: true });
  return row;
}

const rows = [];
for (const n of SIZES) {
  const row = await runSize(n, n === Math.max(...SIZES));
  rows.push(row);
  process.stderr.write(`${n} skills done\n`);
}
console.log(`node ${process.version}, ${os.cpus().length} cpus, ${SAMPLES} samples per size, idle ${IDLE_SECONDS} s\n`);
console.log('| skills | startup to ready | add p50 / p95 | baseline add p50 / p95 | edit p50 / p95 | baseline edit p50 / p95 | RSS | baseline RSS |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.skills} | ${r.startupMs} ms | ${f1(r.p50)} / ${f1(r.p95)} ms | ${f1(r.baseP50)} / ${f1(r.baseP95)} ms | ${f1(r.editP50)} / ${f1(r.editP95)} ms | ${f1(r.baseEditP50)} / ${f1(r.baseEditP95)} ms | ${f1(r.rssMiB)} MiB | ${f1(r.baseRssMiB)} MiB |`,
  );
const idle = rows.find((r) => r.idleCpuPct !== undefined);
if (idle) console.log(`\nidle CPU over ${IDLE_SECONDS} s with ${idle.skills} skills: clawguard ${idle.idleCpuPct.toFixed(2)}%, bare chokidar ${idle.baseIdleCpuPct.toFixed(2)}%`);
