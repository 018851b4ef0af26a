'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { listRules, readRule, yaraRuleNames, sigmaMeta } = require('..');

test('every yara file declares rules with meta and condition', () => {
  for (const f of listRules('yara')) {
    const t = readRule(f);
    const names = yaraRuleNames(t);
    assert.ok(names.length > 0, f);
    assert.strictEqual((t.match(/\bcondition:/g) || []).length, names.length, f);
    assert.strictEqual((t.match(/\{/g) || []).length, (t.match(/\}/g) || []).length, `unbalanced braces in ${f}`);
  }
});

test('every sigma rule has title, uuid id and level', () => {
  for (const f of listRules('sigma')) {
    const m = sigmaMeta(readRule(f));
    assert.ok(m.title, f);
    assert.match(m.id, /^[0-9a-f-]{36}$/, f);
    assert.ok(['low', 'medium', 'high', 'critical'].includes(m.level), f);
  }
});
