/**
 * The inspection report: the JSON shape of shared/CONTRACT.md ("The inspection report"). Every producer
 * (plugin inspect/install/update, skills scan, gateway, policy) builds one of these; every format
 * (text, JSON, SARIF, HTML) renders one.
 */
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';
export type Verdict = 'allow' | 'warn' | 'block';

export const SEVERITIES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** `name@version` of the package the finding is in (skills: the skill name). */
  package?: string;
  /** Dependency path from the plugin, `plugin>dep>dep` (tree inspection). */
  path?: string;
  /** Path inside the package, POSIX separators. */
  file?: string;
  line?: number;
  /** Short snippet; decoded payloads shown decoded; secrets redacted. */
  evidence?: string;
  /** What to do about it (from the rule's metadata). */
  remediation?: string;
  /** Present when a suppression matched: the finding stays visible but no longer counts for the verdict. */
  suppressed?: { reason: string; expires?: string };
  /**
   * The behaviour behind the finding, source first: each hop is one effect with where it happens
   * ("reads ~/.aws/credentials" SKILL.md:31 → "archives /tmp/x.tgz" SKILL.md:33 → "POST to files.example" SKILL.md:40).
   * SARIF renders it as a codeFlow; text and HTML as an arrow chain.
   */
  flow?: FlowHop[];
  /** When the behaviour would run: install, load, agent (on the agent's instruction), bin, never. */
  reach?: string;
}

export interface FlowHop {
  /** What happens at this hop, in plain words ("reads ~/.ssh/id_rsa", "POST to 192.0.2.7 (raw IP)"). */
  step: string;
  file: string;
  line: number;
  /** Seen only after decoding, or observed in emulation (with the persona). */
  decoded?: boolean;
  persona?: string;
}

export interface LifecycleScript {
  package: string;
  path: string;
  event: string;
  command: string;
  sha256: string;
  approved: boolean;
}

export type TargetKind = 'npm' | 'directory' | 'tarball' | 'skill';

export interface ReportTarget {
  kind: TargetKind;
  spec?: string;
  name?: string;
  version?: string;
  integrity?: string;
  pluginId?: string;
  path?: string;
}

export interface ReportStats {
  packages: number;
  files: number;
  bytes: number;
  durationMs: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'clawguard'; version: string };
  target: ReportTarget;
  verdict: Verdict;
  findings: Finding[];
  lifecycleScripts: LifecycleScript[];
  stats: ReportStats;
  /** Optional sections added by specific commands (update diff, tree summary, provenance). */
  [extra: string]: unknown;
}

/** Contract: block when any (unsuppressed) finding is critical; warn when any is high or medium; else allow. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  let verdict: Verdict = 'allow';
  for (const f of findings) {
    if (f.suppressed) continue;
    if (f.severity === 'critical') return 'block';
    if (f.severity === 'high' || f.severity === 'medium') verdict = 'warn';
  }
  return verdict;
}

/** The highest unsuppressed severity, or undefined when there is none. */
export function maxSeverity(findings: readonly Finding[]): Severity | undefined {
  let max = -1;
  for (const f of findings) if (!f.suppressed) max = Math.max(max, severityRank(f.severity));
  return max < 0 ? undefined : SEVERITIES[max];
}

/** `--fail-on <sev>`: refuse when any unsuppressed finding is at or above the threshold. */
export function failsThreshold(findings: readonly Finding[], failOn: Severity): boolean {
  const max = maxSeverity(findings);
  return max !== undefined && severityRank(max) >= severityRank(failOn);
}

/** OpenClaw's severities (audit and install policy): critical → critical; high, medium → warn; low, info → info. */
export function toOpenClawSeverity(s: Severity): 'critical' | 'warn' | 'info' {
  if (s === 'critical') return 'critical';
  if (s === 'high' || s === 'medium') return 'warn';
  return 'info';
}
