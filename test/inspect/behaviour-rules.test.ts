/**
 * Behaviour rules judge a whole target (several files, several steps), so their annotated fixtures are folders:
 * fixtures/behaviour/<rule-id>/positive-<name>/ must produce a finding of that rule with a flow, and
 * fixtures/behaviour/<rule-id>/negative-<name>/ (hard negatives: same vocabulary, benign behaviour) must not
 * produce one at medium or above. A positive's expected severity is the rule's YAML severity, or the severity
 * its folder name ends with (`-critical`, `-high`, `-medium`) when the fixture exercises an `adjust`.
 * Everything under fixtures/behaviour is inert and never executed (fixtures/behaviour/README.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Finding } from '../../src/report/types.js';
import { inspectPackageDir, inspectSkillDir, type PackageInspection } from '../../src/inspect/index.js';

// Emulation loads a QuickJS worker: only fixtures named `positive-emulated-…` use it, and they run last
// (the emulator stays loaded once started).
process.env.CLAWGUARD_EMULATE = '0';

const repo = path.resolve(import.meta.dirname, '../..');
const root = path.join(repo, 'fixtures/behaviour');
const rulesDir = path.join(repo, 'rules');
const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
const rank = (s: string) => SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]);

/**
 * Cases the engine gets wrong today (kept as fixtures, marked `it.fails`): folder → the engine code responsible.
 * The lead fixes the engine; when a case starts passing, `it.fails` fails and the entry must be removed.
 */
const KNOWN_ENGINE_GAPS: Record<string, string> = {
  // German "Lade die Anweisungen … herunter": the download of instructions from a raw IP is not a fetch across
  // the separable verb, so the critical adjust misses (fires at high).
  'behaviour-remote-instructions/positive-german-critical': 'src/inspect/effects/prose.ts (FETCH_VERB: separable German verbs)',
};

interface Case {
  rule: string;
  name: string;
  dir: string;
  positive: boolean;
  expected?: string;
}

const ruleIds = fs
  .readdirSync(rulesDir)
  .filter((f) => /^behaviour-.*\.ya?ml$/.test(f))
  .map((f) => f.replace(/\.ya?ml$/, ''))
  .sort();
const ruleSeverity = new Map(ruleIds.map((id) => [id, String((parseYaml(fs.readFileSync(path.join(rulesDir, `${id}.yaml`), 'utf8')) as { severity: string }).severity)]));

const cases: Case[] = [];
for (const rule of fs.existsSync(root) ? fs.readdirSync(root).sort() : []) {
  const ruleDir = path.join(root, rule);
  if (!fs.statSync(ruleDir).isDirectory()) continue;
  for (const name of fs.readdirSync(ruleDir).sort()) {
    const dir = path.join(ruleDir, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    const positive = name.startsWith('positive-');
    if (!positive && !name.startsWith('negative-')) throw new Error(`fixtures/behaviour/${rule}/${name}: folder names start with positive- or negative-`);
    const suffix = /-(critical|high|medium|low)$/.exec(name)?.[1];
    cases.push({ rule, name, dir, positive, ...(positive ? { expected: suffix ?? ruleSeverity.get(rule) } : {}) });
  }
}
// Emulated fixtures last: once the emulator is loaded it stays loaded for the process.
cases.sort((a, b) => Number(a.name.includes('emulated')) - Number(b.name.includes('emulated')));

const results = new Map<string, Promise<PackageInspection>>();
function inspect(c: Case): Promise<PackageInspection> {
  const key = `${c.rule}/${c.name}`;
  let r = results.get(key);
  if (!r) {
    process.env.CLAWGUARD_EMULATE = c.name.includes('emulated') ? '1' : '0';
    r = fs.existsSync(path.join(c.dir, 'package.json')) ? inspectPackageDir(c.dir) : inspectSkillDir(c.dir);
    // BEHAVIOUR_DUMP=1 prints every case's behaviour findings (writing or debugging a fixture).
    if (process.env.BEHAVIOUR_DUMP) void r.then((x) => console.log(`== ${key}\n${show(x.findings)}`));
    results.set(key, r);
  }
  return r;
}

/** Behaviour findings in a readable form for assertion messages. */
function show(findings: Finding[]): string {
  const b = findings.filter((f) => f.ruleId.startsWith('behaviour-'));
  if (!b.length) return '(no behaviour findings)';
  return b.map((f) => `${f.ruleId} ${f.severity} reach=${f.reach ?? '?'} @${f.file}:${f.line}: ${f.evidence}`).join('\n');
}

describe('behaviour rule fixtures', () => {
  it('every behaviour rule has at least one positive and one negative folder', () => {
    const missing: string[] = [];
    for (const id of ruleIds) {
      if (!cases.some((c) => c.rule === id && c.positive)) missing.push(`${id}: no positive-*`);
      if (!cases.some((c) => c.rule === id && !c.positive)) missing.push(`${id}: no negative-*`);
    }
    expect(missing).toEqual([]);
    // Every folder belongs to a rule that exists.
    expect([...new Set(cases.map((c) => c.rule))].filter((r) => !ruleIds.includes(r))).toEqual([]);
  });

  for (const c of cases) {
    const label = `${c.rule}/${c.name}`;
    const gap = KNOWN_ENGINE_GAPS[label];
    const run = gap ? it.fails : it;
    const timeout = c.name.includes('emulated') ? 180_000 : 60_000;
    if (c.positive) {
      run(`${label} fires at ${c.expected}${gap ? ` (engine gap: ${gap})` : ''}`, async () => {
        const { findings } = await inspect(c);
        const hit = findings.find((f) => f.ruleId === c.rule && f.severity === c.expected && (f.flow?.length ?? 0) > 0);
        expect(hit, `expected ${c.rule} at ${c.expected} with a flow; got:\n${show(findings)}`).toBeDefined();
      }, timeout);
    } else {
      run(`${label} stays below medium${gap ? ` (engine gap: ${gap})` : ''}`, async () => {
        const { findings } = await inspect(c);
        const bad = findings.filter((f) => f.ruleId === c.rule && rank(f.severity) >= rank('medium'));
        expect(bad, `expected no ${c.rule} at medium or above; got:\n${show(findings)}`).toEqual([]);
      }, timeout);
    }
  }

  it('flow hops name real file:line locations inside the fixture', async () => {
    let checked = 0;
    let crossFile = 0;
    for (const c of cases.filter((x) => x.positive && !KNOWN_ENGINE_GAPS[`${x.rule}/${x.name}`] && !x.name.includes('emulated'))) {
      const { findings } = await inspect(c);
      for (const f of findings.filter((x) => x.ruleId === c.rule)) {
        for (const hop of f.flow ?? []) {
          const file = path.join(c.dir, hop.file);
          expect(fs.existsSync(file), `${c.rule}/${c.name}: hop names ${hop.file}, which is not in the fixture`).toBe(true);
          const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).length;
          expect(hop.line, `${c.rule}/${c.name}: ${hop.file}:${hop.line} is past the end (${lines} lines)`).toBeGreaterThanOrEqual(1);
          expect(hop.line).toBeLessThanOrEqual(lines);
          checked++;
        }
        if (new Set((f.flow ?? []).map((h) => h.file)).size > 1) crossFile++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    // At least one fixture proves a flow that crosses files (a read in one script, the send in another).
    expect(crossFile).toBeGreaterThan(0);
  }, 120_000);

  it('a look-alike prerequisite names what it imitates (the homepage repository, the popular package)', async () => {
    const steps = async (name: string) => {
      const c = cases.find((x) => x.rule === 'behaviour-typosquat-dependency' && x.name === name)!;
      return (await inspect(c)).findings.flatMap((f) => (f.flow ?? []).map((h) => h.step));
    };
    expect(await steps('positive-recipe-lookalike-of-homepage')).toContainEqual(expect.stringContaining('(a look-alike of github.com/junegunn/fzf)'));
    expect(await steps('positive-scope-typo-package')).toContainEqual(expect.stringMatching(/\(a look-alike of [@\w/.-]+\)/));
  });
});
