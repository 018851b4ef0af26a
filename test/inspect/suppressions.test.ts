/** Suppressions: pinned to rule + package@version + file sha256; expired or mismatching ones stop applying. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isClawguardError } from '../../src/core/errors.js';
import { verdictOf } from '../../src/report/types.js';
import { applySuppressions, inspectPackageDir, loadSuppressions } from '../../src/inspect/index.js';

const pkgDir = path.resolve(import.meta.dirname, '../../fixtures/packages/reverse-shell-plugin');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-supp-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
};

describe('suppressions', async () => {
  const base = await inspectPackageDir(pkgDir);
  const critical = base.findings.find((f) => f.severity === 'critical')!;
  const sha = base.fileHashes[critical.file!];

  it('a matching suppression marks the finding and takes exactly it out of the verdict', async () => {
    // The fixture has two critical rules in one file: suppressing one must leave the verdict to the other,
    // suppressing both must change it. (A test where both sides block could not tell.)
    expect(verdictOf(base.findings)).toBe('block');
    const criticalRules = [...new Set(base.findings.filter((f) => f.severity === 'critical').map((f) => f.ruleId))];
    expect(criticalRules.length).toBeGreaterThanOrEqual(2);
    expect(base.findings.filter((f) => f.severity === 'critical').every((f) => f.file === critical.file)).toBe(true);
    const entry = (ruleId: string) => `{ ruleId: '${ruleId}', package: 'reverse-shell-plugin@1.0.0', sha256: '${sha}', reason: 'lab tool, reviewed', expires: '2999-01-01' }`;

    const one = await inspectPackageDir(pkgDir, { suppressions: loadSuppressions(write('ok.json5', `// reviewed 2026-11-21\n{ suppressions: [${entry(critical.ruleId)}] }`)) });
    const f = one.findings.find((x) => x.ruleId === critical.ruleId && x.line === critical.line)!;
    expect(f.suppressed).toEqual({ reason: 'lab tool, reviewed', expires: '2999-01-01' });
    expect(one.findings.filter((x) => x.suppressed).map((x) => x.ruleId)).toEqual(base.findings.filter((x) => x.ruleId === critical.ruleId).map((x) => x.ruleId));
    expect(verdictOf(one.findings)).toBe('block');

    const all = await inspectPackageDir(pkgDir, { suppressions: loadSuppressions(write('all.json5', `{ suppressions: [${criticalRules.map(entry).join(', ')}] }`)) });
    expect(all.findings.filter((x) => x.severity === 'critical').every((x) => x.suppressed)).toBe(true);
    expect(verdictOf(all.findings)).not.toBe('block');
    expect(verdictOf(all.findings)).toBe(verdictOf(base.findings.filter((x) => x.severity !== 'critical')));
    // Everything else is untouched.
    expect(all.findings.filter((x) => !x.suppressed)).toEqual(base.findings.filter((x) => x.severity !== 'critical'));
  });

  it('expired, other-version and changed-file suppressions do not apply', () => {
    const s = { ruleId: critical.ruleId, package: 'reverse-shell-plugin@1.0.0', sha256: sha, reason: 'x' };
    const hash = () => sha;
    expect(applySuppressions([critical], [{ ...s, expires: '2000-01-01' }], hash)[0].suppressed).toBeUndefined();
    expect(applySuppressions([critical], [{ ...s, package: 'reverse-shell-plugin@1.0.1' }], hash)[0].suppressed).toBeUndefined();
    expect(applySuppressions([critical], [s], () => '0'.repeat(64))[0].suppressed).toBeUndefined();
    expect(applySuppressions([critical], [{ ...s, expires: '2026-11-21' }], hash, new Date('2026-11-21T20:00:00Z'))[0].suppressed).toBeDefined();
  });

  it('a missing default file is no suppressions; bad files are exit-2 errors naming the file and entry', () => {
    expect(loadSuppressions(path.join(tmp, 'absent.json5'))).toEqual([]);
    const cases: Array<[string, RegExp]> = [
      ['{ suppressions: [', /not valid JSON5/],
      ['{ suppressions: [{ ruleId: "a", package: "p@1", sha256: "abc", reason: "r" }] }', /entry 0: sha256/],
      [`[{ ruleId: "a", package: "p@1", sha256: "${'a'.repeat(64)}", reason: "" }]`, /entry 0: reason/],
      [`[{ ruleId: "a", package: "p@1", sha256: "${'a'.repeat(64)}", reason: "r", expires: "soon" }]`, /entry 0: expires/],
      ['{ nope: 1 }', /must hold/],
    ];
    for (const [i, [text, re]] of cases.entries()) {
      const file = write(`bad${i}.json5`, text);
      try {
        loadSuppressions(file);
        expect.unreachable(`${text} should fail`);
      } catch (err) {
        expect(isClawguardError(err, 'ESUPPRESSIONS')).toBe(true);
        expect((err as Error).message).toContain(file);
        expect((err as Error).message).toMatch(re);
        expect((err as { exitClass: string }).exitClass).toBe('input');
      }
    }
    expect(() => loadSuppressions(path.join(tmp, 'absent.json5'), { required: true })).toThrow(/cannot read suppressions file/);
  });
});
