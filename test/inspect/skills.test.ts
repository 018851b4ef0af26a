/** Whole-skill verdicts: every malicious-* skill fixture is blocked, no benign-* trap is. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../src/report/types.js';
import { inspectSkillDir } from '../../src/inspect/index.js';

const root = path.resolve(import.meta.dirname, '../../fixtures/skills');
const skills = fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory());

describe('skill fixtures', () => {
  it('has malicious and benign cases', () => {
    expect(skills.filter((s) => s.startsWith('malicious-')).length).toBeGreaterThanOrEqual(10);
    expect(skills.filter((s) => s.startsWith('benign-')).length).toBeGreaterThanOrEqual(5);
  });
  it('reports frontmatter that does not parse instead of skipping its install recipes', async () => {
    const { inspectFileText } = await import('../../src/inspect/index.js');
    const r = inspectFileText('SKILL.md', '---\nname: x\nmetadata: { openclaw: [\n---\n# body\n');
    expect(r.findings.map((f) => f.ruleId)).toContain('skill-frontmatter-invalid');
    const ok = inspectFileText('SKILL.md', '---\nname: x\nmetadata: {"openclaw": {"emoji": "x"}}\n---\n# body\n');
    expect(ok.findings.map((f) => f.ruleId)).not.toContain('skill-frontmatter-invalid');
  });
  for (const name of skills) {
    it(`${name} → ${name.startsWith('malicious-') ? 'block' : 'not block'}`, async () => {
      const r = await inspectSkillDir(path.join(root, name));
      const verdict = verdictOf(r.findings);
      const summary = r.findings.filter((f) => f.severity !== 'info' && f.severity !== 'low').map((f) => `${f.ruleId}:${f.severity} ${f.file}:${f.line}`);
      if (name.startsWith('malicious-')) expect(verdict, summary.join('\n')).toBe('block');
      else expect(verdict, summary.join('\n')).not.toBe('block');
      for (const f of r.findings) {
        expect(f.package).toBeTruthy();
        expect(f.remediation).toBeTruthy();
        expect(f.file).not.toMatch(/\\/);
      }
    });
  }
});
