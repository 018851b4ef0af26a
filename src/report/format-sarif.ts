/**
 * SARIF 2.1.0 (OASIS) for code-scanning UIs: one run holding every report given (GitHub refuses several runs of
 * the same tool in one upload), rule metadata from `rules/`, one result per finding located at
 * `<package>/<file>` line N, suppressed findings carried as external suppressions rather than dropped.
 */
import { nodeCrypto } from '../core/crypto.js';
import { TOOL_VERSION } from '../core/version.js';
import type { Finding, Report, Severity } from './types.js';
import { loadRuleMetadata, rulesForFindings, type RuleMetadata } from './rule-metadata.js';
import { targetLabel } from './summary.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** Rule metadata to describe in `tool.driver.rules`; default: read from the rule files in `rules/`. */
  rules?: Map<string, RuleMetadata>;
}

/** critical and high fail a code-scanning check; medium is a warning; low and info are notes. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

/** GitHub ranks alerts by `security-severity` (a CVSS-like score as a string): ≥9 critical, ≥7 high, ≥4 medium. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };

export function renderSarif(reports: Report | readonly Report[], options: SarifOptions = {}): Record<string, unknown> {
  const list: readonly Report[] = Array.isArray(reports) ? reports : [reports as Report];
  const allFindings = list.flatMap((r) => r.findings);
  const rules = rulesForFindings(allFindings, options.rules ?? loadRuleMetadata());
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const version = list[0]?.tool.version ?? TOOL_VERSION;

  const results = list.flatMap((report) => report.findings.map((f) => resultOf(f, report, ruleIndex.get(f.ruleId)!)));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'clawguard',
            semanticVersion: version,
            version,
            rules: rules.map(ruleDescriptor),
          },
        },
        results,
        columnKind: 'unicodeCodePoints',
        properties: {
          reports: list.map((r) => ({
            target: r.target,
            verdict: r.verdict,
            stats: r.stats,
            lifecycleScripts: r.lifecycleScripts,
          })),
        },
      },
    ],
  };
}

function ruleDescriptor(rule: RuleMetadata): Record<string, unknown> {
  const descriptor: Record<string, unknown> = { id: rule.id };
  if (rule.title) descriptor.shortDescription = { text: rule.title };
  if (rule.description) descriptor.fullDescription = { text: rule.description };
  if (rule.remediation || rule.description) {
    const help = [rule.description, rule.remediation ? `Remediation: ${rule.remediation}` : undefined].filter(Boolean).join('\n\n');
    descriptor.help = { text: help };
  }
  const url = rule.references?.find((r) => /^https?:\/\//.test(r));
  if (url) descriptor.helpUri = url;
  if (rule.severity) descriptor.defaultConfiguration = { level: sarifLevel(rule.severity) };
  descriptor.properties = {
    tags: ['security', 'supply-chain', ...(rule.tags ?? [])],
    ...(rule.severity ? { severity: rule.severity, 'security-severity': SECURITY_SEVERITY[rule.severity] } : {}),
    // SARIF viewers (GitHub) read `precision` to rank how much to trust an alert.
    ...(rule.specificity ? { precision: rule.specificity, specificity: rule.specificity } : {}),
  };
  return descriptor;
}

function resultOf(f: Finding, report: Report, ruleIndex: number): Record<string, unknown> {
  const packageName = f.package ?? targetLabel(report);
  const result: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.evidence ? `${f.message}\nEvidence: ${f.evidence}` : f.message },
    locations: [locationOf(f, packageName)],
    // The tool applies a suppressions file, so every result states its suppressions (empty: not suppressed).
    // No `status`/`state`: published 2.1.0 schemas disagree on the name, and both make it optional.
    suppressions: f.suppressed
      ? [{ kind: 'external', justification: f.suppressed.reason, ...(f.suppressed.expires ? { properties: { expires: f.suppressed.expires } } : {}) }]
      : [],
    ...(f.flow?.length ? { codeFlows: [codeFlowOf(f, packageName)] } : {}),
    partialFingerprints: { 'clawguardFinding/v1': fingerprint(f, packageName) },
    properties: {
      severity: f.severity,
      'security-severity': SECURITY_SEVERITY[f.severity],
      package: packageName,
      ...(f.path ? { dependencyPath: f.path } : {}),
      ...(f.remediation ? { remediation: f.remediation } : {}),
      ...(f.reach ? { reach: f.reach } : {}),
    },
  };
  return result;
}

/**
 * The behaviour as a SARIF codeFlow (§3.36): one threadFlow whose locations are the hops, source first, each
 * with its own file and line and the step as the location's message, so a viewer can step through it.
 */
function codeFlowOf(f: Finding, packageName: string): Record<string, unknown> {
  return {
    message: { text: f.flow!.map((h) => h.step).join(' → ') },
    threadFlows: [
      {
        locations: f.flow!.map((h, index) => ({
          location: {
            physicalLocation: { artifactLocation: { uri: artifactUri(packageName, h.file) }, ...(h.line > 0 ? { region: { startLine: h.line } } : {}) },
            message: { text: h.step },
          },
          executionOrder: index + 1,
          ...(h.decoded || h.persona ? { properties: { ...(h.decoded ? { decoded: true } : {}), ...(h.persona ? { persona: h.persona } : {}) } } : {}),
        })),
      },
    ],
  };
}

function locationOf(f: Finding, packageName: string): Record<string, unknown> {
  // A finding about the package as a whole (metadata, scripts) points at its package.json.
  const file = f.file ?? 'package.json';
  const physical: Record<string, unknown> = { artifactLocation: { uri: artifactUri(packageName, file) } };
  if (f.line && f.line > 0) physical.region = { startLine: f.line, ...(f.evidence ? { snippet: { text: f.evidence } } : {}) };
  return {
    physicalLocation: physical,
    logicalLocations: [{ name: packageName, kind: 'module', ...(f.path ? { fullyQualifiedName: f.path } : {}) }],
  };
}

/** `<package>/<file>` as a relative URI reference: each segment percent-encoded, `@` kept readable. */
export function artifactUri(packageName: string, file: string): string {
  const segments = [...packageName.split('/'), ...file.split('/')].filter((s) => s !== '' && s !== '.');
  // A `..` segment would make a viewer resolve the location outside the package; encode it as data.
  return segments.map((s) => (s === '..' ? '%2E%2E' : encodeURIComponent(s).replace(/%40/g, '@'))).join('/');
}

/** Stable across runs, so a viewer tracks one alert per finding instead of a new one per scan. */
function fingerprint(f: Finding, packageName: string): string {
  const name = packageName.replace(/@[^@/]+$/, '');
  return nodeCrypto().createHash('sha256').update([f.ruleId, name, f.file ?? '', f.evidence ?? f.message].join('\u0000')).digest('hex').slice(0, 32);
}
