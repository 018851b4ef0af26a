/** docs/rules.md is generated from rules/*.yaml; this fails when someone changes a rule and not the docs. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_PATH, loadRuleData, renderRuleDocs } from '../../scripts/gen-rule-docs.mjs';

describe('docs/rules.md', () => {
  it('is up to date with rules/*.yaml (run `npm run rules:docs`)', () => {
    const rules = loadRuleData();
    const text = renderRuleDocs(rules);
    expect(fs.readFileSync(DOC_PATH, 'utf8')).toBe(text);
    for (const r of rules) expect(text).toContain(`### ${r.id}`);
  });
});
