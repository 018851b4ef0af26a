/**
 * What every renderer says the same way: which findings count, how they group, what the verdict asks the
 * reader to do. One place, so text, HTML and SARIF never disagree about a report.
 */
import { SEVERITIES, type Finding, type FlowHop, type Report, type Severity } from './types.js';

/** Highest first: the reader sees what blocks before what informs. */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

/** Unsuppressed findings grouped by severity, highest first; empty groups left out. */
export function groupBySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES_DESC.map((severity) => ({
    severity,
    findings: findings.filter((f) => !f.suppressed && f.severity === severity),
  })).filter((g) => g.findings.length > 0);
}

export function suppressedFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.suppressed);
}

/** Counts of unsuppressed findings by severity (every severity present, zero included). */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { info: 0, low: 0, medium: 0, high: 0, critical: 0 } as Record<Severity, number>;
  for (const f of findings) if (!f.suppressed) counts[f.severity] += 1;
  return counts;
}

/** "2 critical, 1 high" — or "no findings". */
export function countsLine(findings: readonly Finding[]): string {
  const counts = severityCounts(findings);
  const parts = SEVERITIES_DESC.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const suppressed = suppressedFindings(findings).length;
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

/** `name@version`, else the spec, else the path: the most specific name the report has for its target. */
export function targetLabel(report: Report): string {
  const t = report.target;
  if (t.name) return t.version ? `${t.name}@${t.version}` : t.name;
  return t.spec ?? t.path ?? t.pluginId ?? '(unnamed target)';
}

/** "file:line", "file", or undefined when the finding is about the package as a whole. */
export function locationOf(f: Finding): string | undefined {
  if (!f.file) return undefined;
  return f.line ? `${f.file}:${f.line}` : f.file;
}

/** When the behaviour would run, in words (Finding.reach). */
export function reachText(reach: string): string {
  switch (reach) {
    case 'install':
      return 'runs at install time';
    case 'load':
      return 'runs when the gateway loads the plugin';
    case 'agent':
      return 'runs when the agent follows the skill';
    case 'bin':
      return 'runs when its command is invoked';
    case 'never':
      return 'not reachable from any entry point';
    default:
      return `reach: ${reach}`;
  }
}

/** "step (file:line)", with how the hop was seen when it was not plain reading. */
export function hopText(hop: FlowHop): string {
  const how = [hop.decoded ? 'decoded' : undefined, hop.persona ? `emulated as ${hop.persona}` : undefined].filter(Boolean).join(', ');
  return `${hop.step} (${hop.file}:${hop.line})${how ? ` [${how}]` : ''}`;
}

/** One line on what to do next, from the verdict and the scripts still waiting for approval. */
export function nextStep(report: Report): string {
  const id = report.target.pluginId ?? report.target.name;
  const unapproved = report.lifecycleScripts.filter((s) => !s.approved).length;
  const scripts =
    unapproved > 0
      ? ` ${unapproved} lifecycle script${unapproved === 1 ? '' : 's'} will not run until approved` +
        (report.target.kind === 'skill' ? '.' : ` (clawguard plugins approve-scripts ${id ?? '<id>'}).`)
      : '';
  switch (report.verdict) {
    case 'block':
      return (
        'Do not install or load this: a critical finding is evidence of hostile behaviour. If you have verified it is a ' +
        'false positive, add a suppression (ruleId + package@version + file sha256, with a reason) to the suppressions file.' +
        scripts
      );
    case 'warn':
      return `Review the high and medium findings before trusting this; each one names the file and line to read.${scripts}`;
    default:
      return `Nothing here needs action.${scripts}`;
  }
}

/** Sections some commands add to a report (update diff, tree summary, …): everything outside the contract's keys. */
export function extraSections(report: Report): [string, unknown][] {
  const known = new Set(['schemaVersion', 'tool', 'target', 'verdict', 'findings', 'lifecycleScripts', 'stats']);
  return Object.entries(report).filter(([k, v]) => !known.has(k) && v !== undefined);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
