/**
 * Engine against engine (issue 10: the per-package and per-skill cost may grow by at most 20%). Used by run.mjs when
 * CLAWGUARD_BENCH_BASELINE=<dir holding dist/> names a baseline build (bench/recall/build-committed.sh <rev> prints
 * one). Both engines run in this process, side by side on the same unpacked tree: each round unpacks every tarball
 * once (the project's unpacker, timed apart) and inspects it with both engines, the order alternating per package
 * and per round so warm caches favour neither. Skills (fixtures/skills-benign and the skills bundled with the pinned
 * OpenClaw release) are inspected the same way. The headline is the median over rounds of the per-round ratio
 * current/baseline of summed inspection time; per-package ratios (median, p90) show whether a few targets dominate.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledSkillsSource, fetchTarballs, repoRoot } from '../precision/corpus.mjs';
import { packageRoot } from '../precision/engine.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const r2 = (x) => Math.round(x * 100) / 100;

async function timeInspect(fn) {
  const t0 = performance.now();
  const r = await fn();
  return { ms: performance.now() - t0, findings: r.findings.length };
}

/** Skill folders to measure: the benign fixtures and the bundled skills of the pinned release (extracted once). */
async function skillDirs(work, log) {
  const dirs = [];
  const fixtures = path.join(repoRoot, 'fixtures/skills-benign');
  if (fs.existsSync(fixtures)) for (const d of fs.readdirSync(fixtures, { withFileTypes: true })) if (d.isDirectory()) dirs.push(path.join(fixtures, d.name));
  const source = bundledSkillsSource();
  if (source) {
    const [tarball] = await fetchTarballs([source], { log });
    if (!tarball.error) {
      const dest = path.join(work, 'bundled-skills');
      fs.mkdirSync(dest);
      const tar = await import('tar');
      await tar.x({ file: tarball.file, cwd: dest, strip: 1, filter: (p) => /^package\/skills\//.test(p) });
      const root = path.join(dest, 'skills');
      if (fs.existsSync(root)) for (const d of fs.readdirSync(root, { withFileTypes: true })) if (d.isDirectory() && fs.existsSync(path.join(root, d.name, 'SKILL.md'))) dirs.push(path.join(root, d.name));
    }
  }
  return dirs.sort();
}

export async function compareEngines({ current, baseline, unpacker, tarballs, rounds, work, log, onRound }) {
  const engines = { current, baseline };
  const perPackage = new Map(tarballs.map((t) => [t.file, { name: `${t.name}@${t.version}`, group: t.group, unpack: [], current: [], baseline: [] }]));
  const skills = await skillDirs(work, log);
  const perSkill = new Map(skills.map((d) => [d, { name: path.basename(d), current: [], baseline: [] }]));
  // Warm-up, untimed: both engines load their lazy parts (parsers, grammars, the emulator's workers) before any
  // measurement, so neither pays a one-off start-up cost inside the figures.
  for (const [i, t] of tarballs.slice(0, 3).entries()) {
    const dest = path.join(work, `warm-${i}`);
    fs.mkdirSync(dest);
    await unpacker.unpack(t.file, dest);
    for (const e of [current, baseline]) await e.inspectPackageDir(packageRoot(dest), { packageId: `${t.name}@${t.version}` });
    fs.rmSync(dest, { recursive: true, force: true });
  }
  for (const d of skills.slice(0, 3)) for (const e of [current, baseline]) await e.inspectSkillDir(d, { packageId: path.basename(d) });
  const roundTotals = [];
  const summarize = () => {
    const ratios = (rows) => rows.filter((x) => median(x.baseline) > 0).map((x) => median(x.current) / median(x.baseline));
    const pkgRatios = ratios([...perPackage.values()]);
    const skillRatios = ratios([...perSkill.values()]);
    const byGroup = {};
    for (const p of perPackage.values()) {
      const g = (byGroup[p.group] ??= { packages: 0, currentMs: 0, baselineMs: 0 });
      g.packages += 1;
      g.currentMs += median(p.current);
      g.baselineMs += median(p.baseline);
    }
    for (const g of Object.values(byGroup)) Object.assign(g, { currentMs: Math.round(g.currentMs), baselineMs: Math.round(g.baselineMs), ratio: r2(g.currentMs / g.baselineMs) });
    const pkgRound = roundTotals.map((r) => r.currentMs / r.baselineMs);
    const withUnpack = roundTotals.map((r) => (r.unpackMs + r.currentMs) / (r.unpackMs + r.baselineMs));
    const skillRound = roundTotals.map((r) => r.skillsCurrentMs / r.skillsBaselineMs);
    return {
      rounds: roundTotals.length,
      packages: tarballs.length,
      skills: skills.length,
      perPackage: {
        medianMs: { current: Math.round(median(roundTotals.map((r) => r.currentMs)) / tarballs.length), baseline: Math.round(median(roundTotals.map((r) => r.baselineMs)) / tarballs.length), unpack: Math.round(median(roundTotals.map((r) => r.unpackMs)) / tarballs.length) },
        inspectRatio: r2(median(pkgRound)),
        inspectRatioPerRound: pkgRound.map(r2),
        unpackPlusInspectRatio: r2(median(withUnpack)),
        medianOfPackageRatios: r2(median(pkgRatios)),
        p90OfPackageRatios: r2(quantile(pkgRatios, 0.9)),
        byGroup,
      },
      perSkill: skills.length
        ? {
            medianMs: { current: r2(median(roundTotals.map((r) => r.skillsCurrentMs)) / skills.length), baseline: r2(median(roundTotals.map((r) => r.skillsBaselineMs)) / skills.length) },
            inspectRatio: r2(median(skillRound)),
            inspectRatioPerRound: skillRound.map(r2),
            medianOfSkillRatios: r2(median(skillRatios)),
            p90OfSkillRatios: r2(quantile(skillRatios, 0.9)),
          }
        : null,
      target: { maxGrowth: 1.2, metPackages: median(pkgRound) <= 1.2, metSkills: skills.length ? median(skillRound) <= 1.2 : null },
      roundsDetail: roundTotals.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]))),
      mostGrown: [...perPackage.values()]
        .map((p) => ({ package: p.name, currentMs: Math.round(median(p.current)), baselineMs: Math.round(median(p.baseline)), addedMs: Math.round(median(p.current) - median(p.baseline)) }))
        .sort((a, b) => b.addedMs - a.addedMs)
        .slice(0, 15),
      mostGrownSkills: [...perSkill.values()]
        .map((s) => ({ skill: s.name, currentMs: r2(median(s.current)), baselineMs: r2(median(s.baseline)), addedMs: r2(median(s.current) - median(s.baseline)) }))
        .sort((a, b) => b.addedMs - a.addedMs)
        .slice(0, 10),
      loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
    };
  };
  for (let round = 0; round < rounds; round++) {
    const tot = { unpackMs: 0, currentMs: 0, baselineMs: 0, skillsCurrentMs: 0, skillsBaselineMs: 0 };
    for (const [i, t] of tarballs.entries()) {
      const p = perPackage.get(t.file);
      const dest = path.join(work, `r${round}-${i}`);
      fs.mkdirSync(dest);
      const u0 = performance.now();
      await unpacker.unpack(t.file, dest);
      p.unpack.push(performance.now() - u0);
      tot.unpackMs += p.unpack.at(-1);
      const order = (i + round) % 2 === 0 ? ['current', 'baseline'] : ['baseline', 'current'];
      for (const which of order) {
        const r = await timeInspect(() => engines[which].inspectPackageDir(packageRoot(dest), { packageId: p.name }));
        p[which].push(r.ms);
        tot[`${which}Ms`] += r.ms;
      }
      fs.rmSync(dest, { recursive: true, force: true });
    }
    for (const [i, d] of skills.entries()) {
      const s = perSkill.get(d);
      const order = (i + round) % 2 === 0 ? ['current', 'baseline'] : ['baseline', 'current'];
      for (const which of order) {
        const r = await timeInspect(() => engines[which].inspectSkillDir(d, { packageId: s.name }));
        s[which].push(r.ms);
        tot[`skills${which === 'current' ? 'Current' : 'Baseline'}Ms`] += r.ms;
      }
    }
    roundTotals.push(tot);
    log(
      `round ${round + 1}: packages inspect current ${tot.currentMs.toFixed(0)} ms vs baseline ${tot.baselineMs.toFixed(0)} ms (${(tot.currentMs / tot.baselineMs).toFixed(2)}x), ` +
        `unpack ${tot.unpackMs.toFixed(0)} ms; skills ${tot.skillsCurrentMs.toFixed(0)} vs ${tot.skillsBaselineMs.toFixed(0)} ms (${(tot.skillsCurrentMs / tot.skillsBaselineMs).toFixed(2)}x)`,
    );
    // Written after every round: a long run cut short still leaves its figures.
    if (onRound) await onRound(summarize());
  }
  return summarize();
}

export function compareMarkdown(r) {
  const p = r.perPackage;
  const s = r.perSkill;
  return `# Throughput: current engine against a baseline build

Generated ${r.generatedAt} by \`CLAWGUARD_BENCH_BASELINE=${r.baselineDir} node bench/throughput/run.mjs\` — current \`${r.engineRevision}\`,
baseline \`${r.baselineRevision}\`, Node ${r.node}, ${r.cpus}, unpacker ${r.unpacker}; ${r.rounds} rounds over ${r.packages} packages
and ${r.skills} skills (${r.rounds} of ${r.roundsPlanned ?? r.rounds} planned rounds done), both engines in one process on the same unpacked tree, order alternating per target and round.

| | current | baseline | current / baseline |
|---|---:|---:|---:|
| inspect, per package | ${p.medianMs.current} ms | ${p.medianMs.baseline} ms | **${p.inspectRatio}x** (rounds: ${p.inspectRatioPerRound.join(', ')}) |
| unpack + inspect, per package | ${p.medianMs.unpack + p.medianMs.current} ms | ${p.medianMs.unpack + p.medianMs.baseline} ms | ${p.unpackPlusInspectRatio}x |
| per-package ratio, median / p90 | | | ${p.medianOfPackageRatios}x / ${p.p90OfPackageRatios}x |
${s ? `| inspect, per skill | ${s.medianMs.current} ms | ${s.medianMs.baseline} ms | **${s.inspectRatio}x** (rounds: ${s.inspectRatioPerRound.join(', ')}) |
| per-skill ratio, median / p90 | | | ${s.medianOfSkillRatios}x / ${s.p90OfSkillRatios}x |
` : ''}
Target (issue 10): at most +20% (≤ 1.2x) — packages: ${r.target.metPackages ? 'met' : '**NOT met**'}${s ? `, skills: ${r.target.metSkills ? 'met' : '**NOT met**'}` : ''}.
Load average at the end: ${r.loadAverage.join(', ')} on a machine shared with other work; absolute times are pessimistic, the interleaved ratio is the figure to read.

By corpus:

| corpus | packages | current ms | baseline ms | ratio |
|---|---:|---:|---:|---:|
${Object.entries(p.byGroup).map(([g, x]) => `| ${g} | ${x.packages} | ${x.currentMs} | ${x.baselineMs} | ${x.ratio}x |`).join('\n')}

Packages that grew most (median ms):

| package | current | baseline | added |
|---|---:|---:|---:|
${r.mostGrown.map((x) => `| ${x.package} | ${x.currentMs} | ${x.baselineMs} | ${x.addedMs} |`).join('\n')}

Skills that grew most (median ms):

| skill | current | baseline | added |
|---|---:|---:|---:|
${r.mostGrownSkills.map((x) => `| ${x.skill} | ${x.currentMs} | ${x.baselineMs} | ${x.addedMs} |`).join('\n')}
`;
}
