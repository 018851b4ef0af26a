/**
 * Every finding has rule metadata: findings that pipeline stages emit themselves (unpack, tree, install, skills,
 * policy) are documented by metadata-only rule files (`emittedBy`, no `match`), so docs/rules.md and SARIF
 * describe them too. The evaluator never matches such a rule.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isClawguardError } from '../../src/core/errors.js';
import { inspectFileText, loadRules } from '../../src/inspect/index.js';
import { loadRuleMetadata } from '../../src/report/rule-metadata.js';

const SRC = path.resolve(__dirname, '../../src');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-stage-rules-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Rule ids a source file emits as literals: `ruleId: 'x'`, `ruleId: CONST`, `${RULE}.x`, and the recipe helper's `finding('x', …)`. */
export function ruleIdLiteralsOf(text: string): string[] {
  const consts = new Map([...text.matchAll(/const ([A-Z_]+) = '([^']+)'/g)].map((m) => [m[1], m[2]] as const));
  const ids: string[] = [];
  for (const m of text.matchAll(/ruleId: (?:[^,'`\n]*\|\| )?'([^']+)'/g)) ids.push(m[1]);
  for (const m of text.matchAll(/ruleId: ([A-Z_]+)\b/g)) if (consts.has(m[1])) ids.push(consts.get(m[1])!);
  for (const m of text.matchAll(/ruleId: `\$\{([A-Z_]+)\}\.([a-z0-9.-]+)`/g)) if (consts.has(m[1])) ids.push(`${consts.get(m[1])}.${m[2]}`);
  // A local helper `finding(id, severity, …)` that builds `${RULE}.${id}`.
  if (/ruleId: `\$\{RULE\}\.\$\{id\}`/.test(text) && consts.has('RULE')) for (const m of text.matchAll(/\bfinding\('([a-z0-9-]+)', '/g)) ids.push(`${consts.get('RULE')}.${m[1]}`);
  return ids;
}

describe('stage rules', () => {
  it('every rule id a stage emits in src/ has a rule file', () => {
    const known = new Set(loadRules().map((r) => r.id));
    const missing: string[] = [];
    let found = 0;
    for (const file of sourceFiles(SRC)) {
      for (const id of ruleIdLiteralsOf(fs.readFileSync(file, 'utf8'))) {
        found++;
        if (!known.has(id)) missing.push(`${path.relative(SRC, file)}: ${id}`);
      }
    }
    // The scan itself must see the stages' literals, or this test could pass by finding nothing.
    expect(found).toBeGreaterThanOrEqual(60);
    expect(missing).toEqual([]);
  });

  it('the literal scan recognises each way a stage names its rule', () => {
    const text = "const RULE = 'clawguard.npm';\nconst X_RULE = 'tree-x';\n{ ruleId: 'skill-a' } { ruleId: X_RULE } { ruleId: `${RULE}.b` } { ruleId: clean(f.ruleId) || 'clawguard.finding' }";
    expect(ruleIdLiteralsOf(text).sort()).toEqual(['clawguard.finding', 'clawguard.npm.b', 'skill-a', 'tree-x']);
  });

  it('stage rules carry metadata for SARIF and are never matched by the evaluator', () => {
    const stage = loadRules().filter((r) => r.emittedBy);
    expect(stage.map((r) => r.id)).toEqual(expect.arrayContaining(['skill-world-writable', 'tarball-link-entry', 'tree-dependency-outside-registry', 'lifecycle-script-unapproved', 'update-new-install-script', 'package-not-openclaw-plugin', 'clawguard.npm.unpinned-spec']));
    for (const r of stage) expect(r.match).toBeUndefined();
    expect(loadRuleMetadata().get('tarball-setuid-mode')).toMatchObject({ severity: 'high', title: expect.stringContaining('setuid') });
    const dir = path.join(tmp, 'only-stage');
    fs.mkdirSync(dir);
    fs.copyFileSync(stage.find((r) => r.id === 'skill-world-writable')!.source!, path.join(dir, 'skill-world-writable.yaml'));
    expect(inspectFileText('SKILL.md', '# anything\nchmod 777 .\n', { rulesDir: dir }).findings).toEqual([]);
  });

  it('a rule with both emittedBy and match, or neither, is refused naming the file', () => {
    const base = fs.readFileSync(loadRules().find((r) => r.id === 'tarball-link-entry')!.source!, 'utf8');
    for (const [name, text] of [
      ['both', `${base}match:\n  scope: file\n  any:\n  - proc.spawn\n`],
      ['neither', base.replace(/^emittedBy: .*\n/m, '')],
      ['bad-stage', base.replace(/^emittedBy: .*$/m, 'emittedBy: somewhere')],
    ]) {
      const dir = path.join(tmp, name);
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'tarball-link-entry.yaml'), text);
      try {
        loadRules(dir);
        expect.unreachable(`${name} should be refused`);
      } catch (err) {
        expect(isClawguardError(err)).toBe(true);
        expect((err as Error).message).toMatch(/tarball-link-entry\.yaml is invalid/);
      }
    }
  });
});
