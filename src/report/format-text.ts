/**
 * Human output for a terminal: verdict first, then findings grouped by severity (highest first) with where,
 * what and what to do, then lifecycle scripts with their approval state. Colour only on a TTY without NO_COLOR.
 */
import type { Finding, Report, Severity } from './types.js';
import {
  countsLine,
  extraSections,
  formatBytes,
  groupBySeverity,
  locationOf,
  nextStep,
  suppressedFindings,
  targetLabel,
} from './summary.js';
import { oneLine, terminalSafe } from './terminal-safe.js';

export interface TextOptions {
  /** Default: stdout is a TTY and NO_COLOR is unset or empty (https://no-color.org). */
  color?: boolean;
}

export function colorWanted(stream: { isTTY?: boolean } = process.stdout): boolean {
  return !process.env.NO_COLOR && stream.isTTY === true;
}

const SEVERITY_COLOR: Record<Severity, number> = { critical: 31, high: 31, medium: 33, low: 36, info: 2 };
const VERDICT_COLOR = { block: 31, warn: 33, allow: 32 } as const;

type Paint = (code: number, text: string) => string;

/** One report, or several (a `skills scan` of many folders) separated by a rule and followed by a total. */
export function renderText(reports: Report | readonly Report[], options: TextOptions = {}): string {
  const color = options.color ?? colorWanted();
  const paint: Paint = color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const list: readonly Report[] = Array.isArray(reports) ? reports : [reports as Report];
  const blocks = list.map((r) => renderOne(r, paint));
  if (list.length > 1) {
    const tally = { block: 0, warn: 0, allow: 0 };
    for (const r of list) tally[r.verdict] += 1;
    blocks.push(`${list.length} targets: ${tally.block} block, ${tally.warn} warn, ${tally.allow} allow\n`);
  }
  return blocks.join(`\n${'─'.repeat(60)}\n\n`);
}

function renderOne(report: Report, paint: Paint): string {
  const out: string[] = [];
  const t = report.target;
  const source = [t.kind, t.spec && t.spec !== targetLabel(report) ? t.spec : undefined, t.integrity].filter(Boolean).join(', ');
  out.push(`${paint(1, terminalSafe(targetLabel(report)))}${source ? ` (${terminalSafe(source)})` : ''}`);
  if (t.pluginId && t.pluginId !== t.name) out.push(`plugin id: ${terminalSafe(t.pluginId)}`);
  if (t.path && t.kind !== 'npm') out.push(`path: ${terminalSafe(t.path)}`);
  out.push(`verdict: ${paint(VERDICT_COLOR[report.verdict] ?? 0, report.verdict.toUpperCase())} (${countsLine(report.findings)})`);
  out.push(`  ${nextStep(report)}`);

  for (const group of groupBySeverity(report.findings)) {
    out.push('', paint(SEVERITY_COLOR[group.severity], `${group.severity.toUpperCase()} (${group.findings.length})`));
    for (const f of group.findings) out.push(...findingLines(f, paint));
  }

  const suppressed = suppressedFindings(report.findings);
  if (suppressed.length > 0) {
    out.push('', paint(2, `SUPPRESSED (${suppressed.length}) — shown for review, not counted in the verdict`));
    for (const f of suppressed) {
      out.push(...findingLines(f, paint));
      out.push(`      suppressed: ${oneLine(f.suppressed!.reason)}${f.suppressed!.expires ? ` (until ${terminalSafe(f.suppressed!.expires)})` : ''}`);
    }
  }

  if (report.lifecycleScripts.length > 0) {
    out.push('', `LIFECYCLE SCRIPTS (${report.lifecycleScripts.length})`);
    for (const s of report.lifecycleScripts) {
      const state = s.approved ? paint(32, 'approved') : paint(33, 'not approved');
      out.push(`  [${state}] ${terminalSafe(s.package)} ${terminalSafe(s.event)}: ${oneLine(s.command, 160)}`);
      out.push(`      via ${terminalSafe(s.path)}, sha256 ${s.sha256.slice(0, 16)}…`);
    }
  }

  for (const [key, value] of extraSections(report)) {
    const readable = key === 'tree' ? treeLines(value as TreeSection) : key === 'update' ? updateLines(value as UpdateSection) : key === 'resolved' ? resolvedLines(value as ResolvedSection) : undefined;
    if (readable) {
      out.push('', ...readable);
      continue;
    }
    out.push('', `${key.toUpperCase()}`);
    out.push(...JSON.stringify(value, null, 2).split('\n').map((l) => `  ${terminalSafe(l)}`));
  }

  const s = report.stats;
  out.push('', paint(2, `inspected ${s.packages} package${s.packages === 1 ? '' : 's'}, ${s.files} files, ${formatBytes(s.bytes)} in ${s.durationMs} ms`));
  return `${out.join('\n')}\n`;
}

function findingLines(f: Finding, paint: Paint): string[] {
  const lines = [`  ${paint(1, terminalSafe(f.ruleId))}: ${oneLine(f.message)}`];
  const where = [f.package ? terminalSafe(f.package) : undefined, locationOf(f) ? terminalSafe(locationOf(f)!) : undefined].filter(Boolean).join(' ');
  if (where) lines.push(`      at ${where}${f.path && f.path.includes('>') ? ` (via ${terminalSafe(f.path)})` : ''}`);
  if (f.evidence) lines.push(`      evidence: ${oneLine(f.evidence)}`);
  if (f.remediation) lines.push(`      fix: ${oneLine(f.remediation, 300)}`);
  return lines;
}

/** `resolved` (registry sources): where the tarball came from and when it was published. */
interface ResolvedSection {
  registry?: string;
  tarball?: string;
  publishedAt?: string;
}
/** `tree` (src/tree treeSummary): the inspected lockfile and every package of the dependency tree. */
interface TreeSection {
  lockfileSha256?: string;
  signatures?: string[];
  packages?: Array<{ package: string; path?: string; integrity?: string; publishedAt?: string; provenance?: boolean; signature?: string }>;
}
/** `update` (src/install/diff.ts UpdateDiff): what the new version changes against the installed one. */
interface UpdateSection {
  from?: string;
  to?: string;
  files?: { added?: string[]; removed?: string[]; changed?: string[] };
  dependencies?: { added?: string[]; removed?: string[]; changed?: Array<{ name: string; from: string; to: string }> };
  newLifecycleScripts?: Array<{ package: string; event: string; command: string }>;
  newFindings?: Finding[];
  provenanceLost?: boolean;
  maintainers?: { before: string[]; after: string[] };
}

const isObject = (v: unknown): boolean => !!v && typeof v === 'object' && !Array.isArray(v);

/** `label (n): a, b, c, …` — long lists are cut so one section never floods the terminal. */
function listLine(label: string, items: readonly string[] | undefined, max = 20): string[] {
  if (!items?.length) return [];
  return [`  ${label} (${items.length}): ${items.slice(0, max).map((i) => oneLine(i, 200)).join(', ')}${items.length > max ? ', …' : ''}`];
}

function resolvedLines(r: ResolvedSection): string[] | undefined {
  if (!isObject(r)) return undefined;
  const lines = ['RESOLVED'];
  if (r.tarball) lines.push(`  tarball: ${terminalSafe(r.tarball)}`);
  if (r.registry) lines.push(`  registry: ${terminalSafe(r.registry)}`);
  if (r.publishedAt) lines.push(`  published: ${terminalSafe(r.publishedAt)}`);
  return lines;
}

function treeLines(t: TreeSection): string[] | undefined {
  if (!isObject(t) || (t.packages !== undefined && !Array.isArray(t.packages))) return undefined;
  const packages = t.packages ?? [];
  const lines = [`DEPENDENCY TREE (${packages.length} package${packages.length === 1 ? '' : 's'})`];
  const width = Math.min(48, Math.max(0, ...packages.map((p) => terminalSafe(p.package).length)));
  for (const p of packages.slice(0, 200)) {
    const trust = [p.provenance ? 'provenance' : 'no provenance', p.signature ? `signature ${terminalSafe(p.signature)}` : undefined, p.publishedAt ? `published ${terminalSafe(p.publishedAt.slice(0, 10))}` : undefined].filter(Boolean).join(', ');
    const via = p.path && p.path.includes('>') ? ` via ${terminalSafe(p.path)}` : '';
    lines.push(`  ${terminalSafe(p.package).padEnd(width)}  ${trust}${via}`);
  }
  if (packages.length > 200) lines.push(`  … ${packages.length - 200} more (--json lists them all)`);
  for (const s of t.signatures ?? []) lines.push(`  registry signatures: ${oneLine(s, 200)}`);
  if (t.lockfileSha256) lines.push(`  lockfile sha256 ${terminalSafe(t.lockfileSha256)} (installed exactly as inspected)`);
  return lines;
}

function updateLines(d: UpdateSection): string[] | undefined {
  if (!isObject(d) || typeof d.from !== 'string' || typeof d.to !== 'string') return undefined;
  const lines = [`UPDATE ${terminalSafe(d.from)} → ${terminalSafe(d.to)}`];
  lines.push(...listLine('files added', d.files?.added));
  lines.push(...listLine('files removed', d.files?.removed));
  lines.push(...listLine('files changed', d.files?.changed));
  lines.push(...listLine('new dependencies', d.dependencies?.added));
  lines.push(...listLine('dependencies gone', d.dependencies?.removed));
  lines.push(...listLine('dependency versions changed', d.dependencies?.changed?.map((c) => `${c.name} ${c.from} → ${c.to}`)));
  lines.push(...listLine('new lifecycle scripts', d.newLifecycleScripts?.map((s) => `${s.package} ${s.event}: ${s.command}`)));
  lines.push(...listLine('new findings', d.newFindings?.map((f) => `[${f.severity}] ${f.ruleId}${f.package ? ` (${f.package})` : ''}`)));
  if (d.provenanceLost) lines.push('  provenance: LOST (the installed version had it)');
  if (d.maintainers) lines.push(`  maintainers: ${terminalSafe(d.maintainers.before.join(', '))} → ${terminalSafe(d.maintainers.after.join(', '))}`);
  if (lines.length === 1) lines.push('  no differences');
  return lines;
}
