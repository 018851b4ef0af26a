/**
 * Apply rules to signals. A rule names which signals must co-occur (all/any/none) and where (one file, the
 * whole package, or install-time code only); the first signal of its `any` list (else of `all`) anchors the
 * finding's file and line. Capabilities alone stay info/low; severity comes from the rule, raised by
 * `escalate` evidence in the same scope and lowered by `downgrade` context in the target.
 */
import { severityRank, type Finding, type Severity } from '../../report/types.js';
import { BUNDLE_WINDOW_LINES, moduleOf, type BundleShape } from '../bundles.js';
import type { Signal } from '../signals.js';
import type { Rule, RuleMatch, SignalCondition } from './types.js';

const MAX_FINDINGS_PER_RULE_AND_SCOPE = 5;

export interface EvaluateContext {
  target: 'package' | 'skill';
  packageId?: string;
  depPath?: string;
  /** The target's JavaScript bundles (bundles.ts): a file-scope rule reads each of their modules as a file. */
  bundles?: ReadonlyMap<string, BundleShape>;
}

function refMatches(ref: string, s: Signal): boolean {
  let base = ref;
  let qualifier: string | undefined;
  const at = ref.indexOf('@');
  if (at !== -1) {
    base = ref.slice(0, at);
    qualifier = ref.slice(at + 1);
  }
  if (qualifier === 'decoded' && !s.decoded) return false;
  if (qualifier === 'install' && !s.installTime) return false;
  return base.endsWith('.*') ? s.id.startsWith(base.slice(0, -1)) : s.id === base;
}

const firstMatch = (refs: string[], signals: Signal[]): Signal | undefined => {
  for (const ref of refs) {
    const s = signals.find((x) => refMatches(ref, x));
    if (s) return s;
  }
  return undefined;
};
const present = (ref: string, signals: Signal[]) => signals.some((s) => refMatches(ref, s));

function conditionHolds(c: SignalCondition, signals: Signal[]): boolean {
  if (c.all && !c.all.every((r) => present(r, signals))) return false;
  if (c.any && !c.any.some((r) => present(r, signals))) return false;
  return true;
}

/** The signals a rule's scope lets co-occur, and (bundles without module markers) how near its anchor they must lie. */
function groupsOf(match: RuleMatch, signals: Signal[], bundles?: ReadonlyMap<string, BundleShape>): Array<{ signals: Signal[]; within?: number }> {
  let pool = match.kinds ? signals.filter((s) => match.kinds!.includes(s.kind)) : signals;
  if (match.scope === 'install') pool = pool.filter((s) => s.installTime);
  if (match.scope !== 'file') return [{ signals: pool }];
  const byUnit = new Map<string, { signals: Signal[]; within?: number }>();
  for (const s of pool) {
    const shape = bundles?.get(s.file);
    const key = shape?.modules.length ? `${s.file}\0${moduleOf(shape, s.line)}` : s.file;
    const group = byUnit.get(key);
    if (group) group.signals.push(s);
    else byUnit.set(key, { signals: [s], ...(shape && !shape.modules.length ? { within: BUNDLE_WINDOW_LINES } : {}) });
  }
  return [...byUnit.values()];
}

export function evaluateRules(rules: readonly Rule[], signals: Signal[], ctx: EvaluateContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    // Stage rules (`emittedBy`) only document findings their stage emits: nothing to match here.
    const match = rule.match;
    if (!match || !rule.appliesTo.includes(ctx.target)) continue;
    if (match.none?.some((r) => present(r, signals))) continue;
    let severity: Severity = rule.severity;
    const downgrade = rule.downgrade?.find((d) => conditionHolds(d, signals));
    for (const { signals: group, within: bundleWithin } of groupsOf(match, signals, ctx.bundles)) {
      if (!conditionHolds(match, group)) continue;
      // Anchor on the rule's defining evidence: its `all` head (the threat), else its `any` list.
      const anchorRefs = match.all ? [match.all[0]] : (match.any ?? []);
      const anchors = group.filter((s) => anchorRefs.some((r) => refMatches(r, s)));
      if (anchors.length === 0) continue;
      severity = rule.severity;
      for (const e of rule.escalate ?? []) if (conditionHolds(e, group)) severity = e.severity;
      // A downgrade caps the severity: it never raises an unescalated finding.
      if (downgrade && severityRank(downgrade.severity) < severityRank(severity)) severity = downgrade.severity;
      const anyHit = match.any ? firstMatch(match.any, group) : undefined;
      const support = [...(match.all ?? []).filter((r) => !anchorRefs.includes(r)).map((r) => firstMatch([r], group)), anyHit].filter((s): s is Signal => !!s && !anchorRefs.includes(s.id));
      if (match.aggregate) {
        const files = [...new Set(anchors.map((a) => a.file))];
        findings.push(makeFinding(rule, severity, anchors[0], ctx, `${files.length} file${files.length === 1 ? '' : 's'}: ${files.slice(0, 8).join(', ')}${files.length > 8 ? ', …' : ''}`));
        continue;
      }
      const seenLines = new Set<string>();
      const within = match.within ?? bundleWithin;
      for (const anchor of anchors) {
        const key = `${anchor.file}:${anchor.line}`;
        if (seenLines.has(key)) continue;
        if (within !== undefined && !conditionHolds(match, group.filter((s) => s.file === anchor.file && Math.abs(s.line - anchor.line) <= within))) continue;
        seenLines.add(key);
        const near = within === undefined ? support : support.map((s) => group.find((g) => g.id === s.id && g.file === anchor.file && Math.abs(g.line - anchor.line) <= within) ?? s);
        const with_ = near.filter((s) => s.file !== anchor.file || s.line !== anchor.line).slice(0, 2).map((s) => `${s.evidence} (${s.file === anchor.file ? '' : s.file}:${s.line})`);
        findings.push(makeFinding(rule, severity, anchor, ctx, `${anchor.decoded ? 'decoded: ' : ''}${anchor.evidence}${with_.length ? ` | with ${with_.join('; ')}` : ''}`));
        if (seenLines.size >= MAX_FINDINGS_PER_RULE_AND_SCOPE) break;
      }
    }
  }
  return findings;
}

function makeFinding(rule: Rule, severity: Severity, anchor: Signal, ctx: EvaluateContext, evidence: string): Finding {
  return {
    ruleId: rule.id,
    severity,
    message: rule.message ?? rule.title,
    ...(ctx.packageId ? { package: ctx.packageId } : {}),
    ...(ctx.depPath ? { path: ctx.depPath } : {}),
    file: anchor.file,
    line: anchor.line,
    evidence: evidence.length > 300 ? `${evidence.slice(0, 299)}…` : evidence,
    remediation: rule.remediation,
  };
}
