#!/usr/bin/env node
/**
 * Per-skill cost of two or more engine builds side by side: every skill bundled with the pinned OpenClaw and every
 * fixtures/skills-benign skill, inspected by each build in turn (emulation off, warm after one pass), 6 rounds; each
 * skill's minimum per build, the ten skills whose cost moved most, and the sum of the minima.
 *
 * Usage: node bench/skills-marginal/compare.mjs <dir with dist/> <dir with dist/> [...]
 *        (a build of a commit: bash bench/recall/build-committed.sh <rev>)
 */
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dirs = process.argv.slice(2).map((d) => path.resolve(d));
if (dirs.length < 2) throw new Error('usage: compare.mjs <build dir> <build dir> [...]');
const roots = [path.join(repoRoot, '.cache/openclaw/openclaw-2026.9.6/node_modules/openclaw/skills'), path.join(repoRoot, 'fixtures/skills-benign')];
const skills = roots.filter((r) => fs.existsSync(r)).flatMap((r) => fs.readdirSync(r).map((n) => path.join(r, n)).filter((x) => fs.existsSync(path.join(x, 'SKILL.md'))));
process.env.CLAWGUARD_EMULATE = '0';
const engines = [];
for (const d of dirs) engines.push(await import(path.join(d, 'dist/inspect/index.js')));
for (const e of engines) for (const s of skills) await e.inspectSkillDir(s);
const best = dirs.map(() => new Map());
for (let r = 0; r < 6; r++)
  for (const s of skills)
    for (const [i, e] of engines.entries()) {
      const t0 = performance.now();
      await e.inspectSkillDir(s);
      const dt = performance.now() - t0;
      best[i].set(s, Math.min(best[i].get(s) ?? Infinity, dt));
    }
const moved = skills.map((s) => [path.basename(s), ...best.map((b) => b.get(s))]).sort((a, b) => Math.abs(b[b.length - 1] - b[1]) - Math.abs(a[a.length - 1] - a[1]));
for (const row of moved.slice(0, 10)) console.log(String(row[0]).padEnd(30), row.slice(1).map((x) => x.toFixed(2).padStart(8)).join(''));
console.log(`${skills.length} skills, sum of minima: ${best.map((b, i) => `${path.basename(dirs[i])} ${[...b.values()].reduce((a, x) => a + x, 0).toFixed(0)} ms`).join(', ')}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median of minima: ${best.map((b, i) => `${path.basename(dirs[i])} ${median([...b.values()]).toFixed(2)} ms`).join(', ')}`);
