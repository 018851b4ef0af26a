/**
 * Behaviour rules (`behaviour-*`): predicates over effects and flows. A rule names a flow (from → to) or a
 * single effect, optional co-occurring effects, and severity adjustments by reach or context. Effects that
 * never run (`reach: never`: tests, docs, examples, quoted attacks) are not behaviour: a mention is not an effect.
 */
import type { Finding, FlowHop, Severity } from '../../report/types.js';
import type { EffectPattern, Rule, ValueSet } from '../rules/types.js';
import { registrableLabel } from './classify.js';
import { EffectGraph } from './graph.js';
import type { Effect, Flow } from './types.js';

const MAX_FINDINGS_PER_RULE = 5;

function inSet(value: string | undefined, set: ValueSet | undefined): boolean {
  if (!set) return true;
  if (Array.isArray(set)) return value !== undefined && set.includes(value);
  return value === undefined || !set.not.includes(value);
}

export function effectMatches(e: Effect, p: EffectPattern): boolean {
  if (!inSet(e.kind, p.kind)) return false;
  if (p.secret) {
    const classes = [e.secret, ...(e.carries ?? [])].filter((c): c is NonNullable<typeof c> => !!c);
    if (Array.isArray(p.secret)) {
      if (!classes.some((c) => (p.secret as string[]).includes(c))) return false;
    } else if (classes.length === 0 || classes.every((c) => (p.secret as { not: string[] }).not.includes(c))) return false;
  }
  if (!inSet(e.hostClass, p.hostClass)) return false;
  if (!inSet(e.channel, p.channel)) return false;
  if (!inSet(e.origin, p.origin)) return false;
  if (!inSet(e.location, p.location)) return false;
  if (!inSet(e.mechanism, p.mechanism)) return false;
  if (!inSet(e.instruct, p.instruct)) return false;
  if (!inSet(e.lang, p.lang)) return false;
  if (!inSet(e.reach, p.reach)) return false;
  if (p.decoded !== undefined && !!e.decoded !== p.decoded) return false;
  if (p.impersonates !== undefined && !!e.impersonates !== p.impersonates) return false;
  if (p.keyed !== undefined && !!e.keyedOn !== p.keyed) return false;
  if (p.gated !== undefined && !!e.gatedOn !== p.gated) return false;
  if (p.inProcess !== undefined && !!e.inProcess !== p.inProcess) return false;
  return true;
}

export interface EffectContext {
  target: 'package' | 'skill';
  packageId?: string;
  depPath?: string;
}

const REACH_RANK: Record<string, number> = { install: 5, load: 4, agent: 4, bin: 3, unknown: 2, consent: 2, never: 0 };
const severityOrder: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

function ownerReached(f: Flow): boolean {
  const owners = f.hops[0].owners;
  const sink = f.hops[f.hops.length - 1];
  if (!owners || !sink.host) return false;
  const label = registrableLabel(sink.host);
  const named = ['unknown', 'vendor', 'configured'].includes(sink.hostClass ?? 'unknown');
  return owners.some((o) => o === label || (named && o.endsWith('*') && label.startsWith(o.slice(0, -1))));
}

/** Plain words for one hop of a flow. */
export function describeEffect(e: Effect): string {
  const where = e.persona ? ` (emulated, ${e.persona})` : e.decoded ? ' (decoded)' : '';
  const host = e.host ? `${e.host}${e.hostClass ? ` (${e.hostClass})` : ''}` : e.hostClass ?? '';
  switch (e.kind) {
    case 'read':
      return `reads ${e.secret ?? 'data'}${e.path ? ` ${e.path}` : ''}${where}`;
    case 'collect':
    case 'archive':
    case 'encode':
      return `${e.kind === 'collect' ? 'collects' : e.kind === 'archive' ? 'archives' : 'encodes'}${e.carries?.length ? ` ${e.carries.join(', ')}` : ''}${e.path ? ` into ${e.path}` : ''}${where}`;
    case 'send':
      return `sends${e.carries?.length ? ` ${e.carries.join(', ')}` : ''} to ${host || 'a remote host'}${e.channel ? ` by ${e.channel}` : ''}${where}`;
    case 'fetch':
      return `downloads ${e.url ?? host}${where}`;
    case 'exec':
      return `runs ${e.origin && e.origin !== 'literal' ? `${e.origin} ` : ''}code${e.inProcess ? ' inside its own process' : ''}${e.command ? `: ${e.command}` : ''}${where}`;
    case 'write':
      return `writes ${e.location ?? 'a file'}${e.path ? ` ${e.path}` : ''}${where}`;
    case 'persist':
      return `persists via ${e.mechanism ?? 'a startup hook'}${where}`;
    case 'instruct':
      return `tells the agent to ${e.instruct ?? 'act'}${where}`;
    case 'divert':
      return `redirects the user's payment to another recipient${where}`;
    case 'prerequisite':
      return `requires "${e.name ?? 'a tool'}" from ${host || e.url || 'an unofficial source'}${e.imitates ? ` (a look-alike of ${e.imitates})` : e.impersonates ? ' (named after the platform)' : ''}${where}`;
    default:
      return `${e.kind}${where}`;
  }
}

function hopsOf(flow: Flow): FlowHop[] {
  return flow.hops.map((e) => ({ step: describeEffect(e), file: e.file, line: e.line, ...(e.decoded ? { decoded: true } : {}), ...(e.persona ? { persona: e.persona } : {}) }));
}

function reachOf(flow: Flow): string {
  // A flow runs when its last hop runs; the weakest reach along the way bounds it.
  let best = flow.hops[flow.hops.length - 1].reach;
  for (const h of flow.hops) if ((REACH_RANK[h.reach] ?? 2) < (REACH_RANK[best] ?? 2)) best = h.reach;
  return best;
}

export function evaluateEffectRules(rules: readonly Rule[], effects: Effect[], ctx: EffectContext): Finding[] {
  const live = effects.filter((e) => e.reach !== 'never');
  if (live.length === 0) return [];
  // A sink is explained by the first source that reaches it: sources that run earliest (install, the entry the
  // agent runs) are tried first, so a module's call chain is judged at its caller's reach, not its own.
  const graph = new EffectGraph([...live].sort((a, b) => (REACH_RANK[b.reach] ?? 2) - (REACH_RANK[a.reach] ?? 2)));
  const findings: Finding[] = [];
  for (const rule of rules) {
    const m = rule.effects;
    if (!m || !rule.appliesTo.includes(ctx.target)) continue;
    if (m.without?.some((p) => live.some((e) => effectMatches(e, p)))) continue;
    if (m.with && !m.with.every((p) => live.some((e) => effectMatches(e, p)))) continue;
    let flows: Flow[];
    if (m.flow) flows = graph.flowsBetween((e) => effectMatches(e, m.flow!.from), (e) => effectMatches(e, m.flow!.to));
    else {
      const hits = live.filter((e) => effectMatches(e, m.effect!));
      if (m.minCount && new Set(hits.map((e) => `${e.file}:${e.line}:${e.instruct ?? e.kind}`)).size < m.minCount) continue;
      flows = hits.map((e) => ({ hops: [e] }));
    }
    // A secret sent to the service it belongs to went home: one the user was asked for, to the site its step names;
    // a credential a skill declares for its own service (owners 'ya*', '*'), to a named host whose label begins so
    // and is not a drop (raw IP, paste site, tunnel, webhook …).
    flows = flows.filter((f) => !ownerReached(f));
    if (flows.length === 0) continue;
    // Strongest first: flows that run earliest (install) and have the most hops explain best.
    flows.sort((a, b) => (REACH_RANK[reachOf(b)] ?? 0) - (REACH_RANK[reachOf(a)] ?? 0) || b.hops.length - a.hops.length);
    const seen = new Set<string>();
    for (const flow of flows) {
      const sink = flow.hops[flow.hops.length - 1];
      const key = `${sink.file}:${sink.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const reach = reachOf(flow);
      let severity: Severity = rule.severity;
      for (const a of rule.adjust ?? []) {
        if (a.reach && !inSet(reach, a.reach)) continue;
        if (a.with && !a.with.every((p) => live.some((e) => effectMatches(e, p)))) continue;
        severity = a.severity;
      }
      const hops = hopsOf(flow);
      findings.push({
        ruleId: rule.id,
        severity,
        message: rule.message ?? rule.title,
        ...(ctx.packageId ? { package: ctx.packageId } : {}),
        ...(ctx.depPath ? { path: ctx.depPath } : {}),
        file: sink.file,
        line: sink.line,
        evidence: clip(flow.hops.length > 1 ? hops.map((h) => `${h.step} (${h.file}:${h.line})`).join(' → ') : `${hops[0].step}: ${sink.evidence}`),
        remediation: rule.remediation,
        flow: hops,
        reach,
      });
      if (seen.size >= MAX_FINDINGS_PER_RULE) break;
    }
  }
  return findings;
}

function clip(s: string): string {
  return s.length > 300 ? `${s.slice(0, 299)}…` : s;
}

export { severityOrder };
