import { describe, expect, it } from 'vitest';
import { renderSarif, artifactUri } from '../../src/report/format.js';
import type { RuleMetadata } from '../../src/report/rule-metadata.js';
import { FLOW_FINDING, FLOW_HOSTILE_FINDING, MIXED_FINDINGS, report } from './sample-reports.js';
import { sarifValidator } from './sarif-validator.js';
import { loadRules } from '../../src/inspect/index.js';

const validate = sarifValidator();
const RULES = new Map<string, RuleMetadata>([
  [
    'threat-install-download-exec',
    {
      id: 'threat-install-download-exec',
      title: 'Install-time download and execute',
      description: 'A lifecycle script fetches code from the network and runs it.',
      severity: 'critical',
      remediation: 'Do not install.',
      references: ['https://docs.npmjs.com/cli/v11/using-npm/scripts'],
    },
  ],
]);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe('renderSarif', () => {
  it('produces a log valid against the official SARIF 2.1.0 schema', () => {
    const log = renderSarif(report(MIXED_FINDINGS), { rules: RULES });
    expectValid(log);
    expect(log.version).toBe('2.1.0');
  });

  it('the validator is not a rubber stamp: it rejects a broken log', () => {
    const log = renderSarif(report(MIXED_FINDINGS), { rules: RULES }) as any;
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    const noDriver = renderSarif(report(MIXED_FINDINGS), { rules: RULES }) as any;
    delete noDriver.runs[0].tool.driver.name;
    expect(validate(noDriver)).toBe(false);
  });

  it('describes each rule once in tool.driver.rules, from rule metadata when known and from findings otherwise', () => {
    const run = (renderSarif(report(MIXED_FINDINGS), { rules: RULES }) as any).runs[0];
    const rules = run.tool.driver.rules as any[];
    expect(rules.map((r) => r.id)).toEqual([...new Set(MIXED_FINDINGS.map((f) => f.ruleId))].sort());
    const known = rules.find((r) => r.id === 'threat-install-download-exec');
    expect(known.shortDescription.text).toBe('Install-time download and execute');
    expect(known.help.text).toContain('Do not install.');
    expect(known.helpUri).toBe('https://docs.npmjs.com/cli/v11/using-npm/scripts');
    expect(known.defaultConfiguration.level).toBe('error');
    const fallback = rules.find((r) => r.id === 'capability-network-outbound');
    expect(fallback.shortDescription.text).toBe('Makes outbound HTTP requests');
    for (const result of run.results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('by default describes rules from the engine\'s rule files (title, description, remediation, severity)', () => {
    const rule = loadRules().find((r) => r.severity === 'critical') ?? loadRules()[0];
    const log = renderSarif(report([{ ruleId: rule.id, severity: rule.severity, message: 'finding-specific text', package: 'x@1.0.0', file: 'a.js', line: 2 }])) as any;
    expectValid(log);
    const descriptor = log.runs[0].tool.driver.rules[0];
    expect(descriptor.id).toBe(rule.id);
    expect(descriptor.shortDescription.text).toBe(rule.title);
    expect(descriptor.fullDescription.text).toBe(rule.description.trim());
    expect(descriptor.help.text).toContain(rule.remediation.trim());
    expect(descriptor.properties.severity).toBe(rule.severity);
    expect(descriptor.properties.tags).toContain(rule.id.split('-')[0]);
  });

  it('maps severities to levels and locates results at <package>/<file> and line', () => {
    const run = (renderSarif(report(MIXED_FINDINGS), { rules: RULES }) as any).runs[0];
    const byRule = (id: string) => run.results.find((r: any) => r.ruleId === id);
    expect(byRule('threat-install-download-exec').level).toBe('error');
    expect(byRule('threat-env-exfiltration').level).toBe('error');
    expect(byRule('capability-child-process').level).toBe('note');
    expect(byRule('capability-network-outbound').level).toBe('note');
    const loc = byRule('threat-install-download-exec').locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe('helper@2.0.0/install.js');
    expect(loc.region.startLine).toBe(12);
    expect(byRule('capability-child-process').locations[0].physicalLocation.artifactLocation.uri).toBe('@evil/plugin@1.0.0/src/a%20b/%C3%BC.ts');
    expect(byRule('package-not-openclaw-plugin').locations[0].physicalLocation.artifactLocation.uri).toBe('@evil/plugin@1.0.0/package.json');
    expect(byRule('package-not-openclaw-plugin').locations[0].physicalLocation.region).toBeUndefined();
  });

  it('keeps suppressed findings as results with an external suppression, and the rest with none', () => {
    const run = (renderSarif(report(MIXED_FINDINGS), { rules: RULES }) as any).runs[0];
    expect(run.results).toHaveLength(MIXED_FINDINGS.length);
    const suppressed = run.results.filter((r: any) => r.suppressions.length > 0);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].ruleId).toBe('threat-obfuscated-code');
    expect(suppressed[0].suppressions[0]).toMatchObject({ kind: 'external', justification: 'Reviewed: vendored minified SDK, not obfuscation' });
  });

  it('puts several reports (skills scan) in one valid run, and an empty report is valid too', () => {
    const skill = report([{ ruleId: 'skill-terminal-paste', severity: 'critical', message: 'Asks the user to paste a command into Terminal', package: 'wallet-helper', file: 'SKILL.md', line: 9 }], {
      target: { kind: 'skill', name: 'wallet-helper', path: '/tmp/skills/wallet-helper' },
    });
    const log = renderSarif([report(MIXED_FINDINGS), skill, report([])], { rules: RULES }) as any;
    expectValid(log);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results).toHaveLength(MIXED_FINDINGS.length + 1);
    expect(log.runs[0].properties.reports.map((r: any) => r.verdict)).toEqual(['block', 'block', 'allow']);
    expectValid(renderSarif(report([]), { rules: RULES }));
  });

  it('never lets a file path climb out of its package in an artifact URI', () => {
    expect(artifactUri('x@1.0.0', '../../etc/passwd')).toBe('x@1.0.0/%2E%2E/%2E%2E/etc/passwd');
  });
});

describe('renderSarif: flows', () => {
  it('renders a finding\'s flow as a codeFlow valid against the official schema, hops in order with file and line', () => {
    const log = renderSarif(report([FLOW_FINDING, FLOW_HOSTILE_FINDING, ...MIXED_FINDINGS]), { rules: RULES }) as any;
    expectValid(log);
    const result = log.runs[0].results[0];
    expect(result.codeFlows).toHaveLength(1);
    const locations = result.codeFlows[0].threadFlows[0].locations;
    expect(locations.map((l: any) => [l.location.message.text, l.location.physicalLocation.artifactLocation.uri, l.location.physicalLocation.region.startLine])).toEqual([
      ['reads ~/.aws/credentials', 'cloud-backup/SKILL.md', 31],
      ['archives /tmp/x.tgz', 'cloud-backup/scripts/pack.sh', 4],
      ['POST to files.example (paste site)', 'cloud-backup/SKILL.md', 40],
    ]);
    expect(locations.map((l: any) => l.executionOrder)).toEqual([1, 2, 3]);
    expect(locations[1].properties).toEqual({ decoded: true });
    expect(locations[2].properties).toEqual({ persona: 'linux-dev' });
    expect(result.properties.reach).toBe('agent');
    // A hop's file cannot climb out of its package either.
    expect(log.runs[0].results[1].codeFlows[0].threadFlows[0].locations[1].location.physicalLocation.artifactLocation.uri).toBe('@evil/plugin@1.0.0/dist/%2E%2E/%2E%2E/x.js');
    // Findings without a flow carry no codeFlows at all.
    expect(log.runs[0].results[2].codeFlows).toBeUndefined();
  });

  it('the schema checks codeFlows too: an empty threadFlow is rejected', () => {
    const log = renderSarif(report([FLOW_FINDING]), { rules: RULES }) as any;
    log.runs[0].results[0].codeFlows[0].threadFlows[0].locations = [];
    expect(validate(log)).toBe(false);
  });
});
