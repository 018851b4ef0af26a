#!/usr/bin/env node
/**
 * Per-skill marginal cost in one process (what the watcher and `skills scan` of many skills pay per skill,
 * start-up excluded), on OpenClaw's bundled skills, side by side:
 *   read+hash   read every file of the skill and sha256 it (the floor of any content-keyed answer)
 *   cold        SkillScanner.scan with an empty result cache (the engine runs)
 *   warm        the same skills again in a new scanner over the same disk cache (a hit: no engine)
 * CPU time of this thread per skill, median and p90, after one warm-up skill. Target: cold <= 5 ms median.
 * Usage: npm run build && node bench/skills-marginal/run.mjs [skills-dir]
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');
const root = path.resolve(process.argv[2] ?? path.join(repo, '.cache/openclaw/openclaw-2026.9.6/node_modules/openclaw/skills'));
const { SkillScanner } = await import(path.join(repo, 'dist/skills/scan.js'));
const { InspectionService } = await import(path.join(repo, 'dist/engine/index.js'));
const skills = fs
  .readdirSync(root)
  .sort()
  .filter((n) => fs.existsSync(path.join(root, n, 'SKILL.md')))
  .map((name) => ({ name, dir: path.join(root, name), root }));
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bench-skills-'));
process.on('exit', () => fs.rmSync(cacheDir, { recursive: true, force: true }));

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function readAndHash(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) readAndHash(full);
    else if (e.isFile()) createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
}
async function perSkill(fn) {
  const out = [];
  for (const s of skills) {
    const t = cpu();
    await fn(s);
    out.push(cpu() - t);
  }
  return out;
}

const cold = new SkillScanner({ engine: new InspectionService({ cacheDir }) });
await cold.warmUp();
await cold.scan({ name: 'warm-up', dir: path.join(repo, 'fixtures/skills/benign-api-helper'), root: path.join(repo, 'fixtures/skills') });
const rows = {
  'read+hash': await perSkill(async (s) => readAndHash(s.dir)),
  cold: await perSkill((s) => cold.scan(s)),
  warm: await perSkill((s) => new SkillScanner({ engine: new InspectionService({ cacheDir }) }).scan(s)),
};
const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const base = q(rows['read+hash'], 0.5);
const lines = [
  '# Per-skill marginal cost (one process)',
  '',
  `${skills.length} bundled skills of ${path.relative(repo, root) || root}; Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, ${new Date().toISOString().slice(0, 10)}. CPU ms of this thread per skill.`,
  '',
  '| pass | median ms | p90 ms | median / read+hash |',
  '|---|---:|---:|---:|',
  ...Object.entries(rows).map(([n, xs]) => `| ${n} | ${q(xs, 0.5).toFixed(2)} | ${q(xs, 0.9).toFixed(2)} | ${(q(xs, 0.5) / base).toFixed(1)}x |`),
  '',
];
fs.mkdirSync(path.join(repo, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench/results/skills-marginal.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
