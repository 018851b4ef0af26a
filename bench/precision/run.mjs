#!/usr/bin/env node
/**
 * Precision bench (issues 3 and 10): inspect every package of the pinned corpus (the 200 most-downloaded npm
 * packages, real OpenClaw plugins, other real packages that name OpenClaw/clawdbot/moltbot, and a hard-negative set
 * of security tools that quote attacks), the benign skills of fixtures/skills-benign/ and the real skills bundled
 * with a pinned OpenClaw release, and report block and warn rates with every blocked or warned target and the
 * rules that fired. Targets: 0 blocks on OpenClaw plugins, OpenClaw-related packages and skills, at most 1 in the
 * 200 and at most 1 among the security tools.
 *
 * Usage: npm run build && node bench/precision/run.mjs
 *          [--group npm-top|openclaw-plugin|openclaw-related|security-tools|skills] [--concurrency N] [--out DIR]
 *        (--group skills runs both skill sets; CLAWGUARD_BENCH_ENGINE=<dir with dist/> measures another build)
 * Writes bench/results/precision.json and .md (precision-<group>.* with --group; into DIR with --out).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundledSkillsSource, fetchTarballs, loadCorpus, repoRoot } from './corpus.mjs';
import { gitRevision, loadEngine, loadUnpacker, packageRoot } from './engine.mjs';
import { writeMarkdown } from './markdown.mjs';

const { values: args } = parseArgs({ options: { group: { type: 'string' }, concurrency: { type: 'string', default: '2' }, out: { type: 'string' } } });
const concurrency = Math.max(1, Number(args.concurrency) || 2);
const log = (m) => process.stderr.write(`${m}\n`);

const engine = await loadEngine();
const unpacker = await loadUnpacker();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-precision-'));

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

function summarizeFindings(findings) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of findings) if (!f.suppressed) counts[f.severity] += 1;
  // Everything that moves the verdict, in full; the rest only as rule counts (the file would be huge otherwise).
  const notable = findings
    .filter((f) => ['critical', 'high', 'medium'].includes(f.severity))
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line, message: f.message, evidence: f.evidence?.slice(0, 200) }));
  const ruleCounts = {};
  for (const f of findings) ruleCounts[`${f.ruleId} (${f.severity})`] = (ruleCounts[`${f.ruleId} (${f.severity})`] ?? 0) + 1;
  return { counts, notable, ruleCounts };
}

async function inspectTarball(entry, index) {
  if (entry.error) return { group: entry.group, name: entry.name, version: entry.version, error: `pack: ${entry.error}` };
  const dest = path.join(work, String(index));
  fs.mkdirSync(dest);
  const result = { group: entry.group, name: entry.name, version: entry.version, tarballBytes: entry.tarballBytes };
  try {
    try {
      await unpacker.unpack(entry.file, dest);
    } catch (err) {
      // A refusal by the hardened unpacker on a popular package is a precision problem of its own: record it,
      // then unpack plainly so the engine's verdict is still measured.
      result.unpackError = String(err.message ?? err).split('\n')[0];
      fs.rmSync(dest, { recursive: true, force: true });
      fs.mkdirSync(dest);
      const tar = await import('tar');
      await tar.x({ file: entry.file, cwd: dest, strip: 1 });
    }
    const root = packageRoot(dest);
    if (entry.group === 'openclaw-plugin' || entry.group === 'openclaw-related') {
      const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
      result.openclawExtensions = Array.isArray(pkg.openclaw?.extensions) ? pkg.openclaw.extensions : null;
    }
    const started = performance.now();
    const inspection = await engine.inspectPackageDir(root, { packageId: `${entry.name}@${entry.version}` });
    result.durationMs = Math.round(performance.now() - started);
    result.verdict = engine.verdictOf(inspection.findings);
    result.files = inspection.files;
    result.bytes = inspection.bytes;
    result.lifecycleScripts = inspection.lifecycleScripts.map((s) => `${s.event}: ${s.command}`);
    Object.assign(result, summarizeFindings(inspection.findings));
  } catch (err) {
    result.error = `inspect: ${String(err.stack ?? err).split('\n').slice(0, 3).join(' | ')}`;
  } finally {
    fs.rmSync(dest, { recursive: true, force: true });
  }
  return result;
}

async function inspectSkill(dir, group = 'skills-benign') {
  const name = path.basename(dir);
  const result = { group, name, version: '' };
  try {
    const started = performance.now();
    const inspection = await engine.inspectSkillDir(dir, { packageId: name });
    result.durationMs = Math.round(performance.now() - started);
    result.verdict = engine.verdictOf(inspection.findings);
    result.files = inspection.files;
    result.bytes = inspection.bytes;
    Object.assign(result, summarizeFindings(inspection.findings));
  } catch (err) {
    result.error = `inspect: ${String(err.stack ?? err).split('\n').slice(0, 3).join(' | ')}`;
  }
  return result;
}

/** The skills an OpenClaw release ships (`package/skills/<name>/`): real benign skills, extracted alone. */
async function inspectBundledSkills() {
  const source = bundledSkillsSource();
  if (!source) return [];
  const [tarball] = await fetchTarballs([source], { log });
  if (tarball.error) return [{ group: source.group, name: `${source.name}@${source.version}`, version: '', error: `pack: ${tarball.error}` }];
  const dest = path.join(work, 'bundled-skills');
  fs.mkdirSync(dest);
  const tar = await import('tar');
  await tar.x({ file: tarball.file, cwd: dest, strip: 1, filter: (p) => /^package\/skills\//.test(p) });
  const root = path.join(dest, 'skills');
  const dirs = fs.existsSync(root)
    ? fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'SKILL.md'))).map((d) => path.join(root, d.name)).sort()
    : [];
  log(`inspecting ${dirs.length} skills bundled with ${source.name}@${source.version}…`);
  return mapLimited(dirs, (d) => inspectSkill(d, source.group));
}

async function mapLimited(items, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
        if ((i + 1) % 25 === 0) log(`  ${i + 1}/${items.length}`);
      }
    }),
  );
  return results;
}

function rates(results) {
  const inspected = results.filter((r) => r.verdict);
  const n = inspected.length;
  const count = (v) => inspected.filter((r) => r.verdict === v).length;
  const pct = (x) => (n === 0 ? null : Math.round((x / n) * 10000) / 100);
  return {
    total: results.length,
    inspected: n,
    errors: results.filter((r) => r.error).length,
    block: count('block'),
    warn: count('warn'),
    allow: count('allow'),
    blockRatePct: pct(count('block')),
    warnRatePct: pct(count('warn')),
  };
}

try {
  const groups = args.group ? [args.group] : ['npm-top', 'openclaw-plugin', 'openclaw-related', 'security-tools', 'skills'];
  let results = [];
  const corpus = loadCorpus().filter((e) => groups.includes(e.group));
  if (corpus.length > 0) {
    log(`packing ${corpus.length} tarballs (cached under .cache/bench/tarballs)…`);
    const tarballs = await fetchTarballs(corpus, { log });
    log(`inspecting ${tarballs.length} packages with ${unpacker.name} + engine…`);
    results = await mapLimited(tarballs, inspectTarball);
  }
  if (groups.includes('skills')) {
    const skillsRoot = path.join(repoRoot, 'fixtures/skills-benign');
    const dirs = fs.readdirSync(skillsRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(skillsRoot, d.name)).sort();
    log(`inspecting ${dirs.length} benign skills…`);
    results.push(...(await mapLimited(dirs, (d) => inspectSkill(d))));
    results.push(...(await inspectBundledSkills()));
  }

  const byGroup = (g) => results.filter((r) => r.group === g);
  const summary = {};
  const MAX_BLOCKS = { 'npm-top': 1, 'openclaw-plugin': 0, 'openclaw-related': 0, 'security-tools': 1, 'skills-benign': 0, 'openclaw-bundled-skills': 0 };
  for (const g of Object.keys(MAX_BLOCKS)) if (byGroup(g).length > 0) summary[g] = rates(byGroup(g));
  const targets = Object.fromEntries(
    Object.entries(MAX_BLOCKS).map(([g, maxBlocks]) => [g, { maxBlocks, met: summary[g] ? summary[g].block <= maxBlocks && summary[g].errors === 0 : null }]),
  );
  const report = {
    generatedAt: new Date().toISOString(),
    engineRevision: process.env.CLAWGUARD_BENCH_ENGINE ? `build in ${engine.root}` : gitRevision(),
    node: process.version,
    unpacker: unpacker.name,
    summary,
    targets,
    notPlugins: byGroup('openclaw-plugin').filter((r) => r.verdict && !r.openclawExtensions).map((r) => `${r.name}@${r.version}`),
    relatedThatArePlugins: byGroup('openclaw-related').filter((r) => r.verdict && r.openclawExtensions).map((r) => `${r.name}@${r.version}`),
    results,
  };
  const outDir = path.resolve(args.out ?? path.join(repoRoot, 'bench/results'));
  fs.mkdirSync(outDir, { recursive: true });
  const suffix = args.group ? `-${args.group}` : '';
  fs.writeFileSync(path.join(outDir, `precision${suffix}.json`), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, `precision${suffix}.md`), writeMarkdown(report));
  // A full run also refreshes each group's own file, so precision-<group>.* always hold the latest figures.
  if (!args.group) {
    const FILE_GROUPS = { 'npm-top': ['npm-top'], 'openclaw-plugin': ['openclaw-plugin'], 'openclaw-related': ['openclaw-related'], 'security-tools': ['security-tools'], skills: ['skills-benign', 'openclaw-bundled-skills'] };
    for (const [file, members] of Object.entries(FILE_GROUPS)) {
      const pick = (o) => Object.fromEntries(Object.entries(o).filter(([g]) => members.includes(g)));
      const part = { ...report, summary: pick(summary), targets: pick(targets), results: results.filter((r) => members.includes(r.group)) };
      if (part.results.length === 0) continue;
      if (file !== 'openclaw-plugin') delete part.notPlugins;
      if (file !== 'openclaw-related') delete part.relatedThatArePlugins;
      fs.writeFileSync(path.join(outDir, `precision-${file}.json`), `${JSON.stringify(part, null, 2)}\n`);
      fs.writeFileSync(path.join(outDir, `precision-${file}.md`), writeMarkdown(part));
    }
  }
  for (const [g, s] of Object.entries(summary)) {
    log(`${g}: ${s.inspected}/${s.total} inspected, block ${s.block} (${s.blockRatePct}%), warn ${s.warn} (${s.warnRatePct}%), errors ${s.errors}`);
  }
  log(`wrote ${path.relative(process.cwd(), outDir) || '.'}/precision${suffix}.json and .md`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
