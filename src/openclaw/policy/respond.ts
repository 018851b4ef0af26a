/**
 * Turn clawguard findings into one protocol-1 response that OpenClaw will accept and show in full:
 * severities mapped (critical → critical; high, medium → warn; low, info → info), the decision taken from the
 * verdict, at most 100 findings of at most 1,000 characters per text, and a rendered review under 4,000
 * characters. Over-long reviews are coalesced (one line per rule) and then trimmed, never cut mid-protocol:
 * OpenClaw fails an oversized `warn` closed and hides every finding of an oversized `block`.
 * Everything here is a pure function of its input, so the same request always yields the same bytes (OpenClaw
 * compares the fingerprint of a re-run `warn` after approval).
 */
import { terminalSafe } from '../../report/terminal-safe.js';
import { severityRank, toOpenClawSeverity, verdictOf, type Finding } from '../../report/types.js';
import { renderNotice } from './notice.js';
import { MAX_FINDINGS, MAX_NOTICE_CHARS, MAX_TEXT_CHARS, type PolicyFinding, type PolicyRequest, type PolicyResponse } from './protocol.js';

/** Room left under OpenClaw's limit: its sanitizer may render a character or two differently from ours. */
const NOTICE_BUDGET = MAX_NOTICE_CHARS - 100;
const MORE_RULE_ID = 'clawguard.more-findings';

export interface PolicyOutcome {
  /** What was inspected, for the reason line (`acme@1.2.3 and 41 dependencies`). */
  subject: string;
  findings: Finding[];
  /** Set when the stage could not inspect what it was given: the answer is `block` with this reason. */
  failure?: string;
}

/** One line, no control or invisible characters (they would be rendered raw by OpenClaw), at most `max` chars. */
export function cleanText(text: string, max = MAX_TEXT_CHARS): string {
  const flat = terminalSafe(text.replace(/\r\n|\r|\n/g, ' ⏎ ').replace(/\t/g, ' ')).trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = severityRank(b.severity) - severityRank(a.severity);
  if (bySeverity) return bySeverity;
  const key = (f: Finding) => [f.suppressed ? '1' : '0', f.package ?? '', f.file ?? '', String(f.line ?? 0).padStart(9, '0'), f.ruleId, f.message, f.evidence ?? ''];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  return 0;
}

function toPolicyFinding(f: Finding): PolicyFinding {
  const suppressed = f.suppressed ? ` (suppressed: ${f.suppressed.reason})` : '';
  const prefix = f.package ? `${f.package}: ` : '';
  const out: PolicyFinding = {
    ruleId: cleanText(f.ruleId) || 'clawguard.finding',
    severity: f.suppressed ? 'info' : toOpenClawSeverity(f.severity),
    message: cleanText(`${prefix}${f.message}${suppressed}`) || f.ruleId,
  };
  const file = f.file ? cleanText(f.file) : '';
  if (file) out.file = file;
  if (typeof f.line === 'number' && Number.isFinite(f.line) && f.line >= 1) out.line = Math.floor(f.line);
  const evidence = f.evidence ? cleanText(f.evidence, 300) : '';
  if (evidence) out.evidence = evidence;
  return out;
}

function countsOf(findings: readonly Finding[]): { critical: number; warn: number; info: number } {
  const counts = { critical: 0, warn: 0, info: 0 };
  for (const f of findings) counts[f.suppressed ? 'info' : toOpenClawSeverity(f.severity)]++;
  return counts;
}

function reasonFor(outcome: PolicyOutcome, decision: PolicyResponse['decision'], sorted: readonly Finding[]): string {
  if (outcome.failure) return cleanText(`clawguard could not inspect ${outcome.subject}: ${outcome.failure}`);
  const c = countsOf(sorted);
  if (decision === 'allow') return cleanText(`clawguard: no blocking findings in ${outcome.subject}${c.info ? ` (${c.info} informational)` : ''}`);
  const parts = [c.critical ? `${c.critical} critical` : '', c.warn ? `${c.warn} warning` : ''].filter(Boolean).join(' and ');
  const top = sorted[0];
  const lead = top ? `; first: ${top.ruleId}: ${top.package ? `${top.package}: ` : ''}${top.message}` : '';
  return cleanText(`clawguard ${decision === 'block' ? 'blocked' : 'flagged'} ${outcome.subject}: ${parts} finding${c.critical + c.warn === 1 ? '' : 's'}${lead}`, 600);
}

/** One finding per (rule, severity): the first occurrence's text plus how many more and where. */
function coalesce(findings: readonly PolicyFinding[]): PolicyFinding[] {
  const groups = new Map<string, PolicyFinding[]>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.ruleId}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group;
    if (group.length === 1) return first;
    const places = [...new Set(group.slice(1).map((f) => f.file).filter((p): p is string => Boolean(p)))];
    const shown = places.slice(0, 3).join(', ');
    const more = `(+${group.length - 1} more${shown ? ` in ${shown}${places.length > 3 ? ', …' : ''}` : ''})`;
    return { ...first, message: cleanText(`${first.message} ${more}`) };
  });
}

function shorten(findings: readonly PolicyFinding[], maxMessage: number, keepEvidence: boolean): PolicyFinding[] {
  return findings.map((f) => {
    const out: PolicyFinding = { ...f, message: cleanText(f.message, maxMessage) };
    if (out.file) out.file = cleanText(out.file, Math.max(60, maxMessage));
    if (!keepEvidence) delete out.evidence;
    return out;
  });
}

/** The largest prefix of `findings` (severity order) that fits, with a closing line counting the rest. */
function fitFindings(
  all: readonly PolicyFinding[],
  fits: (candidate: PolicyFinding[]) => boolean,
): PolicyFinding[] {
  const attempts: Array<() => PolicyFinding[]> = [
    () => [...all],
    () => coalesce(all),
    () => shorten(coalesce(all), 300, true),
    () => shorten(coalesce(all), 200, false),
    () => shorten(coalesce(all), 120, false),
  ];
  let last: PolicyFinding[] = [];
  for (const attempt of attempts) {
    last = attempt();
    if (last.length <= MAX_FINDINGS && fits(last)) return last;
  }
  // Still too much: keep the most severe findings and say how many were left out.
  for (let keep = Math.min(last.length, MAX_FINDINGS - 1); keep >= 0; keep--) {
    const omitted = last.length - keep;
    const candidate = [
      ...last.slice(0, keep),
      {
        ruleId: MORE_RULE_ID,
        severity: 'info' as const,
        message: `${omitted} more finding${omitted === 1 ? '' : 's'} not shown (OpenClaw's 4,000-character review limit); run clawguard plugins inspect or clawguard skills scan on the source for the full report`,
      },
    ];
    if (fits(candidate)) return candidate;
  }
  return [];
}

export function buildResponse(request: Pick<PolicyRequest, 'targetName' | 'targetType'>, outcome: PolicyOutcome): PolicyResponse {
  const sorted = [...outcome.findings].sort(compareFindings);
  const decision = outcome.failure ? 'block' : verdictOf(sorted);
  const reason = reasonFor(outcome, decision, sorted);
  const converted = sorted.map(toPolicyFinding);
  const fits = (candidate: PolicyFinding[]) =>
    renderNotice({ decision, targetType: request.targetType, targetName: request.targetName, reason, findings: candidate }).length <= NOTICE_BUDGET;
  const findings = fitFindings(converted, fits);
  return { protocolVersion: 1, decision, reason, ...(findings.length ? { findings } : {}) };
}

/** The response for a request we could not even read: `block`, never a crash or a non-zero exit. */
export function failClosed(problem: string): PolicyResponse {
  return { protocolVersion: 1, decision: 'block', reason: cleanText(`clawguard could not evaluate this install: ${problem}`) };
}
