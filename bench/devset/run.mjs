#!/usr/bin/env node
/**
 * Dev-set bench: the independent, labelled OASB skills in ../shared/devset/oasb, measured in place (never copied).
 * Prints blocked / warned / allowed per label and per category, and writes bench/devset/results.{md,json}.
 *
 * Usage: npm run build && node bench/devset/run.mjs [--devset DIR] [--no-write] [--show SAMPLE...]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i === -1 ? undefined : args[i + 1]; };
const devset = path.resolve(flag('--devset') ?? path.join(root, '../shared/devset/oasb'));
const noWrite = args.includes('--no-write');
const showIdx = args.indexOf('--show');
const show = showIdx === -1 ? [] : args.slice(showIdx + 1);
const engine = await import(path.join(root, 'dist/inspect/index.js'));
const { verdictOf } = await import(path.join(root, 'dist/report/types.js'));

const index = fs.readFileSync(path.join(devset, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const categoryOf = new Map(index.map((c) => [c[2].split('#')[1], /category=([^;]+)/.exec(c[4])?.[1] ?? 'benign']));

const rows = [];
for (const label of ['malicious', 'benign']) {
  for (const name of fs.readdirSync(path.join(devset, label)).sort()) {
    const dir = path.join(devset, label, name);
    const id = name.split('__')[0];
    if (show.length && !show.some((s) => name.includes(s))) continue;
    const r = await engine.inspectSkillDir(dir, { packageId: name });
    const verdict = verdictOf(r.findings);
    const top = r.findings.filter((f) => !f.suppressed && ['critical', 'high', 'medium'].includes(f.severity)).map((f) => `${f.ruleId}(${f.severity[0]})`);
    rows.push({ label, name, category: label === 'benign' ? 'benign' : categoryOf.get(id) ?? 'unknown', verdict, findings: top });
    if (show.length) {
      process.stdout.write(`== ${name}: ${verdict}\n`);
      for (const f of r.findings) process.stdout.write(`  ${f.severity.padEnd(8)} ${f.ruleId} ${f.file ?? ''}:${f.line ?? ''} ${f.message?.slice?.(0, 160) ?? ''}\n`);
    }
  }
}
if (show.length) process.exit(0);

const tally = (list) => ({ n: list.length, block: list.filter((r) => r.verdict === 'block').length, warn: list.filter((r) => r.verdict === 'warn').length, allow: list.filter((r) => r.verdict === 'allow').length });
const mal = rows.filter((r) => r.label === 'malicious');
const ben = rows.filter((r) => r.label === 'benign');
const cats = [...new Set(mal.map((r) => r.category))].sort();
const rev = (() => { try { return execFileSync('git', ['-C', root, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim(); } catch { return 'unknown'; } })();
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const lines = [
  '# Dev set (OASB, independent) results', '',
  `Engine: \`${rev}\` (checkout dist/) · run ${new Date().toISOString()} · \`npm run build && node bench/devset/run.mjs\``, '',
  '| set | samples | block | warn | allow |', '| --- | --- | --- | --- | --- |',
  ...[['malicious', mal], ['benign', ben], ...cats.map((c) => [`malicious · ${c}`, mal.filter((r) => r.category === c)])].map(([n, l]) => { const t = tally(l); return `| ${n} | ${t.n} | ${t.block} (${pct(t.block, t.n)}) | ${t.warn} | ${t.allow} |`; }),
  '', '## Malicious not blocked', '',
  ...mal.filter((r) => r.verdict !== 'block').map((r) => `- ${r.name} (${r.category}): ${r.verdict} ${r.findings.join(' ')}`),
  '', '## Benign blocked or warned', '',
  ...ben.filter((r) => r.verdict !== 'allow').map((r) => `- ${r.name}: ${r.verdict} ${r.findings.join(' ')}`),
  '',
];
const t = tally(mal); const b = tally(ben);
process.stdout.write(`malicious blocked ${t.block}/${t.n} (${pct(t.block, t.n)}), benign blocked ${b.block}/${b.n}, benign warned ${b.warn}\n`);
for (const c of cats) { const x = tally(mal.filter((r) => r.category === c)); process.stdout.write(`  ${c}: ${x.block}/${x.n}\n`); }
if (!noWrite) {
  fs.writeFileSync(path.join(here, 'results.md'), lines.join('\n'));
  fs.writeFileSync(path.join(here, 'results.json'), JSON.stringify({ engine: rev, rows }, null, 2) + '\n');
}
