#!/usr/bin/env node
/**
 * Recall bench (red team): an independent corpus of INERT malicious samples and hard negatives the engine has
 * never seen. Inspects every sample (SKILL.md folders with inspectSkillDir, package.json folders with
 * inspectPackageDir), and writes bench/recall/results.md + results.json: recall (block rate on malicious),
 * false-block rate on benign, and every miss with its findings and a diagnosis.
 *
 * Usage: npx tsc -p . && node bench/recall/run.mjs
 *        node bench/recall/run.mjs SAMPLE... (debug: print findings and signals of the named samples, write nothing)
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
// RECALL_CORPUS / RECALL_OUT: measure a corpus kept outside the checkout (a sealed hold-out) and write results there.
const corpusDir = process.env.RECALL_CORPUS ? path.resolve(process.env.RECALL_CORPUS) : path.join(here, 'corpus');
const outDir = process.env.RECALL_OUT ? path.resolve(process.env.RECALL_OUT) : here;
// RECALL_ENGINE: a directory holding a build of one committed engine (bench/recall/build-committed.sh), so uncommitted
// work in the shared checkout is not measured. Default: this checkout's dist/ (and its working-tree rules/).
const engineDir = process.env.RECALL_ENGINE ? path.resolve(process.env.RECALL_ENGINE) : root;
const engine = await import(path.join(engineDir, 'dist/inspect/index.js'));
const { verdictOf } = await import(path.join(engineDir, 'dist/report/types.js'));

const engineRev = process.env.RECALL_ENGINE ? /clawguard-recall-engine-([0-9a-f]+)/.exec(engineDir)?.[1] : undefined;
const rev = (() => { try { return execFileSync('git', ['-C', root, 'log', '-1', '--format=%h %s', ...(engineRev ? [engineRev] : ['-E', '--grep=^(engine|emulator):'])], { encoding: 'utf8' }).trim() + (engineRev ? ' (committed build)' : ' (checkout dist/, may include uncommitted work)'); } catch { return 'unknown'; } })();

function readNote(dir) {
  for (const f of ['README.txt']) {
    const p = path.join(dir, f);
    if (fs.existsSync(p)) return fs.readFileSync(p, 'utf8').split('\n')[0].trim();
  }
  return '';
}
function readFragile(dir) {
  const p = path.join(dir, 'NOTE.txt');
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8').trim() : '';
}
function readDiagnosis(dir) {
  const p = path.join(dir, 'DIAGNOSIS.txt');
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8').trim() : '';
}

async function inspect(dir) {
  const isSkill = fs.existsSync(path.join(dir, 'SKILL.md'));
  const opts = { packageId: path.basename(dir) };
  const r = isSkill ? await engine.inspectSkillDir(dir, opts) : await engine.inspectPackageDir(dir, opts);
  const findings = r.findings.filter((f) => !f.suppressed);
  return {
    kind: isSkill ? 'skill' : 'package',
    verdict: verdictOf(r.findings),
    findings: findings
      .filter((f) => ['critical', 'high', 'medium'].includes(f.severity))
      .map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line })),
    lifecycleScripts: (r.lifecycleScripts ?? []).map((s) => s.event ?? s.name ?? s.stage ?? JSON.stringify(s).slice(0, 40)),
  };
}

const only = process.argv.slice(2);
if (only.length) {
  for (const name of only) {
    const dir = ['malicious', 'benign'].map((c) => path.join(corpusDir, c, name)).find((d) => fs.existsSync(d));
    if (!dir) { process.stdout.write(`${name}: no such sample\n`); continue; }
    const isSkill = fs.existsSync(path.join(dir, 'SKILL.md'));
    const r = isSkill ? await engine.inspectSkillDir(dir) : await engine.inspectPackageDir(dir);
    process.stdout.write(`== ${name} (${readNote(dir)})\n verdict: ${verdictOf(r.findings)}\n`);
    for (const f of r.findings) process.stdout.write(`  ${f.severity.padEnd(8)} ${f.ruleId} ${f.file ?? ''}:${f.line ?? ''}\n`);
    for (const sg of r.signals) process.stdout.write(`  signal ${sg.id}${sg.decoded ? ' (decoded)' : ''}${sg.installTime ? ' (install)' : ''} ${sg.file}:${sg.line} ${JSON.stringify(sg.evidence).slice(0, 80)}\n`);
  }
  process.exit(0);
}

const out = { engine: rev, date: new Date().toISOString(), corpora: {} };
for (const corpus of ['malicious', 'benign']) {
  const base = path.join(corpusDir, corpus);
  const samples = [];
  for (const name of fs.readdirSync(base).sort()) {
    const dir = path.join(base, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    try {
      samples.push({ sample: name, technique: readNote(dir), diagnosis: readDiagnosis(dir), fragile: readFragile(dir), ...(await inspect(dir)) });
    } catch (err) {
      samples.push({ sample: name, technique: readNote(dir), verdict: 'error', error: String(err.message ?? err), findings: [] });
    }
  }
  const n = samples.length;
  const count = (v) => samples.filter((s) => s.verdict === v).length;
  out.corpora[corpus] = { n, block: count('block'), warn: count('warn'), allow: count('allow'), error: count('error'), samples };
}

// FRESH.txt: batches of samples written after the engine's author had seen results for everything older (hold-outs).
// A line starting with '#' opens a batch (its text is the batch's description); other lines are sample names.
const freshFile = path.join(corpusDir, 'FRESH.txt');
const batches = [];
for (const l of fs.existsSync(freshFile) ? fs.readFileSync(freshFile, 'utf8').split('\n') : []) {
  if (l.startsWith('#')) batches.push({ label: l.replace(/^#\s*/, ''), names: new Set() });
  else if (l.trim() && batches.length) batches.at(-1).names.add(l.trim());
}
const fresh = new Set(batches.flatMap((x) => [...x.names]));
const m = out.corpora.malicious, b = out.corpora.benign;
const pct = (x, n) => (n ? ((100 * x) / n).toFixed(1) : '0.0') + '%';
out.recall = m.block / m.n;
out.falseBlockRate = b.block / b.n;

const cell = (x) => String(x ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const fmtFindings = (s) => (s.findings.length ? s.findings.map((f) => `${f.ruleId}(${f.severity[0]})`).join(', ') : 'none');
const lines = [];
lines.push('# Recall bench results', '');
lines.push(`Engine: \`${rev}\` · run ${out.date}`, '');
lines.push('| corpus | samples | block | warn | allow | error |', '| --- | --- | --- | --- | --- | --- |');
for (const [k, c] of Object.entries(out.corpora)) {
  lines.push(`| ${k} | ${c.n} | ${c.block} (${pct(c.block, c.n)}) | ${c.warn} (${pct(c.warn, c.n)}) | ${c.allow} (${pct(c.allow, c.n)}) | ${c.error} |`);
  for (const kind of ['skill', 'package']) {
    const sub = c.samples.filter((s) => s.kind === kind), n = sub.length, cnt = (v) => sub.filter((s) => s.verdict === v).length;
    lines.push(`| ${k} · ${kind}s | ${n} | ${cnt('block')} (${pct(cnt('block'), n)}) | ${cnt('warn')} (${pct(cnt('warn'), n)}) | ${cnt('allow')} (${pct(cnt('allow'), n)}) | ${cnt('error')} |`);
  }
}
lines.push('', `**Recall (malicious blocked): ${pct(m.block, m.n)}** (target ≥97%) · **False blocks on benign: ${pct(b.block, b.n)}** (target ≤1%)`, '');
if (fresh.size) {
  const fm = m.samples.filter((s) => fresh.has(s.sample)), fb2 = b.samples.filter((s) => fresh.has(s.sample));
  const fmb = fm.filter((s) => s.verdict === 'block').length, fbb = fb2.filter((s) => s.verdict === 'block').length;
  out.fresh = { malicious: fm.length, blocked: fmb, benign: fb2.length, falseBlocks: fbb };
  lines.push(`Fresh hold-outs (corpus/FRESH.txt, written after the engine author had seen earlier results): recall ${pct(fmb, fm.length)} (${fmb}/${fm.length}), false blocks ${pct(fbb, fb2.length)} (${fbb}/${fb2.length}).`, '');
  out.fresh.batches = [];
  for (const bt of batches) {
    const bm = m.samples.filter((s) => bt.names.has(s.sample)), bb = b.samples.filter((s) => bt.names.has(s.sample));
    const row = { label: bt.label, malicious: bm.length, blocked: bm.filter((s) => s.verdict === 'block').length, benign: bb.length, falseBlocks: bb.filter((s) => s.verdict === 'block').length };
    out.fresh.batches.push(row);
    lines.push(`- ${bt.label.split(':')[0]}: ${row.blocked}/${row.malicious} malicious blocked, ${row.falseBlocks}/${row.benign} benign blocked now (${bt.label.split(':').slice(1).join(':').trim()})`);
  }
  lines.push('');
}
const misses = m.samples.filter((s) => s.verdict !== 'block');
// Gap summary: DIAGNOSIS.txt starts with "[category]"; group the misses by it so the biggest gaps come first.
const gaps = {};
for (const s of misses) { const c = /^\[([^\]]+)\]/.exec(s.diagnosis)?.[1] ?? 'undiagnosed'; (gaps[c] ??= []).push(s.sample); }
out.gaps = gaps;
lines.push('## Gaps by missing signal (misses grouped)', '');
for (const [c, list] of Object.entries(gaps).sort((a, b) => b[1].length - a[1].length)) lines.push(`- **${c}** (${list.length}): ${list.join(', ')}`);
lines.push('', '## Misses (malicious samples not blocked)', '');
if (!misses.length) lines.push('None.');
else {
  lines.push('| sample | technique | verdict | findings (c/h/m) | diagnosis: signal the engine lacks |', '| --- | --- | --- | --- | --- |');
  for (const s of misses) lines.push(`| ${s.sample} | ${cell(s.technique)} | ${s.verdict} | ${fmtFindings(s)} | ${cell(s.diagnosis || 'n/a')} |`);
}
lines.push('', '## Blocked, but not for the modelled technique (fragile)', '');
const fragile = m.samples.filter((s) => s.verdict === 'block' && s.fragile);
lines.push(fragile.length ? fragile.map((s) => `- ${s.sample}: ${s.fragile}`).join('\n') : 'None noted.');
lines.push('', '## False blocks (benign samples blocked)', '');
const fb = b.samples.filter((s) => s.verdict === 'block');
if (!fb.length) lines.push('None.');
else {
  lines.push('| sample | what it is | findings (c/h/m) | diagnosis |', '| --- | --- | --- | --- |');
  for (const s of fb) lines.push(`| ${s.sample} | ${cell(s.technique)} | ${fmtFindings(s)} | ${cell(s.diagnosis || 'n/a')} |`);
}
lines.push('', '## Benign warned', '');
const bw = b.samples.filter((s) => s.verdict === 'warn');
lines.push(bw.length ? bw.map((s) => `- ${s.sample}: ${fmtFindings(s)}`).join('\n') : 'None.');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'results.md'), lines.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(out, null, 2) + '\n');
process.stdout.write(`recall ${pct(m.block, m.n)} (${m.block}/${m.n}), false-block ${pct(b.block, b.n)} (${b.block}/${b.n})\n`);
for (const s of misses) process.stdout.write(`MISS ${s.sample} ${s.verdict} ${fmtFindings(s)}\n`);
for (const s of fb) process.stdout.write(`FALSEBLOCK ${s.sample} ${fmtFindings(s)}\n`);
// The row for docs/readme/recall.md's figures table.
if (out.fresh) process.stdout.write(`fresh: recall ${pct(out.fresh.blocked, out.fresh.malicious)} (${out.fresh.blocked}/${out.fresh.malicious}), false blocks ${out.fresh.falseBlocks}/${out.fresh.benign}; ${out.fresh.batches.map((x) => `${x.blocked}/${x.malicious}`).join(' ')}\n`);
process.stdout.write(`docs row: | ${rev.split(' ')[0]} | ${m.n} | ${pct(m.block, m.n)} (${m.block}) | ${m.warn} | ${m.allow} | ${b.n} | ${pct(b.block, b.n)} (${b.block}) | ${b.warn} |\n`);
