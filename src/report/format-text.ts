/**
 * Human output for a terminal: verdict first, then findings grouped by severity (highest first) with where,
 * what and what to do, then lifecycle scripts with their approval state. Colour only on a TTY without NO_COLOR.
 */
import { isTerminal } from '../core/write.js';
import type { Finding, Report, Severity } from './types.js';
import {
  countsLine,
  extraSections,
  formatBytes,
  groupBySeverity,
  locationOf,
  hopText,
  nextStep,
  reachText,
  suppressedFindings,
  targetLabel,
} from './summary.js';
import { oneLine, terminalSafe } from './terminal-safe.js';
import { TEXT_WIDTH, wrapText } from './wrap.js';

export interface TextOptions {
  /** Default: stdout is a TTY and NO_COLOR is unset or empty (https://no-color.org). */
  color?: boolean;
}

export function colorWanted(stream?: { isTTY?: boolean }): boolean {
  if (process.env.NO_COLOR) return false;
  if (stream) return stream.isTTY === true;
  // By its descriptor: creating process.stdout costs a cached `skills scan` ~8 ms (src/core/write.ts).
  return isTerminal(1);
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
  const label = terminalSafe(targetLabel(report));
  const head = wrapText(`${label}${source ? ` (${terminalSafe(source)})` : ''}`, TEXT_WIDTH, 0, 2);
  out.push(paint(1, label) + head[0].slice(label.length), ...head.slice(1));
  if (t.pluginId && t.pluginId !== t.name) out.push(`plugin id: ${terminalSafe(t.pluginId)}`);
  if (t.path && t.kind !== 'npm') out.push(`path: ${terminalSafe(t.path)}`);
  out.push(`verdict: ${paint(VERDICT_COLOR[report.verdict] ?? 0, report.verdict.toUpperCase())} (${countsLine(report.findings)})`);
  out.push(...wrapText(nextStep(report), TEXT_WIDTH, 2));

  for (const group of groupBySeverity(report.findings)) {
    out.push('', paint(SEVERITY_COLOR[group.severity], `${group.severity.toUpperCase()} (${group.findings.length})`));
    for (const f of group.findings) out.push(...findingLines(f, paint));
  }

  const suppressed = suppressedFindings(report.findings);
  if (suppressed.length > 0) {
    out.push('', paint(2, `SUPPRESSED (${suppressed.length}) — shown for review, not counted in the verdict`));
    for (const f of suppressed) {
      out.push(...findingLines(f, paint));
      out.push(...wrapText(`suppressed: ${oneLine(f.suppressed!.reason)}${f.suppressed!.expires ? ` (until ${terminalSafe(f.suppressed!.expires)})` : ''}`, TEXT_WIDTH, 6, 8));
    }
  }

  if (report.lifecycleScripts.length > 0) {
    out.push('', `LIFECYCLE SCRIPTS (${report.lifecycleScripts.length})`);
    for (const s of report.lifecycleScripts) {
      const state = s.approved ? paint(32, 'approved') : paint(33, 'not approved');
      const plainState = s.approved ? 'approved' : 'not approved';
      const lines = wrapText(`[${plainState}] ${terminalSafe(s.package)} ${terminalSafe(s.event)}: ${oneLine(s.command, 400)}`, TEXT_WIDTH, 2, 6);
      out.push(lines[0].replace(plainState, state), ...lines.slice(1, 4), ...(lines.length > 4 ? ['      … (--json shows the whole command)'] : []));
      out.push(...wrapText(`via ${terminalSafe(s.path)}, sha256 ${s.sha256.slice(0, 16)}…`, TEXT_WIDTH, 6, 8));
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
  const rule = terminalSafe(f.ruleId);
  const head = wrapText(`${rule}: ${oneLine(f.message, 400)}`, TEXT_WIDTH, 2, 6);
  const lines = [`  ${paint(1, rule)}${head[0].slice(2 + rule.length)}`, ...head.slice(1)];
  const where = [f.package ? terminalSafe(f.package) : undefined, locationOf(f) ? terminalSafe(locationOf(f)!) : undefined].filter(Boolean).join(' ');
  if (where) lines.push(...wrapText(`at ${where}${f.path && f.path.includes('>') ? ` (via ${terminalSafe(f.path)})` : ''}`, TEXT_WIDTH, 6, 8));
  if (f.reach) lines.push(...wrapText(reachText(terminalSafe(f.reach)), TEXT_WIDTH, 6, 8));
  if (f.flow?.length) lines.push(...flowLines(f));
  if (f.evidence) {
    const evidence = wrapText(`evidence: ${oneLine(f.evidence, 400)}`, TEXT_WIDTH, 6, 8);
    lines.push(...evidence.slice(0, 3), ...(evidence.length > 3 ? ['        … (--json shows all of it)'] : []));
  }
  if (f.remediation) lines.push(...wrapText(`fix: ${oneLine(f.remediation, 300)}`, TEXT_WIDTH, 6, 8));
  return lines;
}

/** The behaviour as an arrow chain, source first: on one line when it fits, else one hop per line. */
function flowLines(f: Finding): string[] {
  const hops = f.flow!.map((h) => terminalSafe(hopText({ ...h, step: oneLine(h.step, 160) })));
  const chain = `      flow: ${hops.join(' → ')}`;
  if (chain.length <= TEXT_WIDTH) return [chain];
  return hops.flatMap((h, i) => wrapText(i === 0 ? `flow: ${h}` : `→ ${h}`, TEXT_WIDTH, i === 0 ? 6 : 12, 14));
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
  return wrapText(`${label} (${items.length}): ${items.slice(0, max).map((i) => oneLine(i, 200)).join(', ')}${items.length > max ? ', …' : ''}`, TEXT_WIDTH, 2, 4);
}

function resolvedLines(r: ResolvedSection): string[] | undefined {
  if (!isObject(r)) return undefined;
  const lines = ['RESOLVED'];
  if (r.tarball) lines.push(...wrapText(`tarball: ${terminalSafe(r.tarball)}`, TEXT_WIDTH, 2, 4));
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
    lines.push(...wrapText(`${terminalSafe(p.package).padEnd(width)}  ${trust}${via}`, TEXT_WIDTH, 2, Math.min(width, 40) + 4));
  }
  if (packages.length > 200) lines.push(`  … ${packages.length - 200} more (--json lists them all)`);
  for (const s of t.signatures ?? []) lines.push(...wrapText(`registry signatures: ${oneLine(s, 200)}`, TEXT_WIDTH, 2, 4));
  if (t.lockfileSha256) lines.push(...wrapText(`lockfile sha256 ${terminalSafe(t.lockfileSha256)} (installed exactly as inspected)`, TEXT_WIDTH, 2, 4));
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
