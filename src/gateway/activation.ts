/**
 * Which discovered plugins OpenClaw 2026.9.6 would actually load: the manifest registry's duplicate-id
 * precedence, the case-folded id collision rule and the activation decision
 * (`resolvePluginActivationDecisionShared`, first match wins).
 *
 * The point of reproducing it exactly: a plugin that does not load needs no integrity check to keep the
 * gateway safe, and a plugin the guard believes inactive but OpenClaw loads is a hole.
 */
import path from 'node:path';
import type { OpenClawConfig } from '../config/openclaw-config.js';
import type { PluginCandidate, PluginOrigin } from './discovery.js';

export type InactiveCode =
  | 'plugins-disabled'
  | 'denied'
  | 'disabled-in-config'
  | 'channel-disabled'
  | 'workspace-disabled-by-default'
  | 'not-in-allowlist'
  | 'bundled-disabled-by-default'
  | 'overridden'
  | 'id-collision'
  | 'invalid-manifest'
  | 'blocked';

export interface ActivationDecision {
  loads: boolean;
  /** Why it does not load (OpenClaw's reason), or why it does (e.g. "selected in allowlist"). */
  code?: InactiveCode;
  reason: string;
}

export interface PluginActivation {
  candidate: PluginCandidate;
  decision: ActivationDecision;
}

interface NormalizedPlugins {
  enabled: boolean;
  allow: string[];
  deny: string[];
  memorySlot: string | null;
  contextEngineSlot?: string;
  entries: Record<string, { enabled?: boolean }>;
}

/** OpenClaw compares ids lower-cased and trimmed (`normalizePluginPolicyId`). */
export const policyId = (id: string): string => id.trim().toLowerCase();

function slotValue(v: unknown): string | null | undefined {
  if (typeof v !== 'string' || !v.trim()) return undefined;
  return v.trim().toLowerCase() === 'none' ? null : v.trim();
}

export function normalizePluginsConfig(config: OpenClawConfig): NormalizedPlugins {
  const p = config.plugins ?? {};
  const list = (v: unknown) => (Array.isArray(v) ? v.map((e) => (typeof e === 'string' ? policyId(e) : '')).filter(Boolean) : []);
  const entries: Record<string, { enabled?: boolean }> = {};
  if (p.entries && typeof p.entries === 'object')
    for (const [k, v] of Object.entries(p.entries)) {
      const key = policyId(k);
      if (!key) continue;
      entries[key] = { enabled: v && typeof v === 'object' && typeof v.enabled === 'boolean' ? v.enabled : entries[key]?.enabled };
    }
  const memory = slotValue(p.slots?.memory);
  const contextEngine = slotValue(p.slots?.contextEngine);
  return {
    enabled: p.enabled !== false,
    allow: list(p.allow),
    deny: list(p.deny),
    memorySlot: memory === undefined ? 'memory-core' : memory,
    contextEngineSlot: contextEngine === null ? undefined : (contextEngine ?? 'legacy'),
    entries,
  };
}

/** `channels.<id>.enabled` for the plugin's channels: true if any is on, false only if all are off. */
function channelEnablement(config: OpenClawConfig, id: string, channelIds: readonly string[] | undefined): boolean | undefined {
  const channels = config.channels as Record<string, unknown> | undefined;
  if (!channels || typeof channels !== 'object') return undefined;
  const ids = channelIds && channelIds.length > 0 ? channelIds.map((c) => c.trim().toLowerCase()) : [id.trim().toLowerCase()];
  const states = ids.map((c) => {
    const entry = channels[c];
    return entry && typeof entry === 'object' ? (entry as { enabled?: unknown }).enabled : undefined;
  });
  if (states.includes(true)) return true;
  return states.every((s) => s === false) ? false : undefined;
}

const ORIGIN_RANK: Record<PluginOrigin, number> = { config: 0, workspace: 1, global: 2, bundled: 3 };

/** `resolveDuplicatePrecedenceRank`: lower wins; equal ranks keep the first discovered. */
function precedenceRank(c: PluginCandidate): number {
  if (c.origin === 'config' || c.configSelected) return 0;
  if (c.origin === 'global' && c.installOwner) return 2;
  if (c.origin === 'bundled') return 3;
  if (c.origin === 'workspace') return 4;
  return 5;
}

export function decideActivation(candidate: PluginCandidate, config: OpenClawConfig, n: NormalizedPlugins): ActivationDecision {
  const id = candidate.id;
  const pid = policyId(id);
  const origin = candidate.origin;
  const entry = n.entries[pid];
  const off = (code: InactiveCode, reason: string): ActivationDecision => ({ loads: false, code, reason });
  if (!n.enabled) return off('plugins-disabled', 'plugins disabled (plugins.enabled is false)');
  if (n.deny.includes(pid)) return off('denied', 'blocked by denylist (plugins.deny)');
  if (entry?.enabled === false) return off('disabled-in-config', `disabled in config (plugins.entries.${id}.enabled is false)`);
  if (channelEnablement(config, id, candidate.manifest?.channels) === false) return off('channel-disabled', 'channel disabled in config');
  const allowed = n.allow.includes(pid);
  if (origin === 'workspace' && !allowed && entry?.enabled !== true && n.contextEngineSlot !== id)
    return off('workspace-disabled-by-default', 'workspace plugin (disabled by default)');
  let on: ActivationDecision | undefined;
  if (n.memorySlot === id) on = { loads: true, reason: 'selected memory slot' };
  else if (n.contextEngineSlot === id) on = { loads: true, reason: 'selected context engine slot' };
  else if (n.allow.length > 0 && !allowed) return off('not-in-allowlist', 'not in allowlist (plugins.allow)');
  else if (entry?.enabled === true) on = { loads: true, reason: 'enabled in config' };
  else if (origin === 'bundled' && channelEnablement(config, id, candidate.manifest?.channels) === true) on = { loads: true, reason: 'channel enabled in config' };
  else if (origin !== 'bundled' && allowed) on = { loads: true, reason: 'selected in allowlist' };
  else if (origin === 'bundled' && candidate.manifest?.enabledByDefault) on = { loads: true, reason: 'bundled default enablement' };
  else if (origin === 'bundled') return off('bundled-disabled-by-default', 'bundled (disabled by default)');
  else on = { loads: true, reason: 'enabled by default: plugins.allow is empty' };
  return on;
}

/** Every candidate with OpenClaw's verdict on whether it loads. */
export function resolveActivation(candidates: readonly PluginCandidate[], config: OpenClawConfig): PluginActivation[] {
  const n = normalizePluginsConfig(config);
  const out = new Map<PluginCandidate, ActivationDecision>();
  const winners = new Map<string, PluginCandidate>();
  for (const c of candidates) {
    if (c.blocked) {
      out.set(c, { loads: false, code: 'blocked', reason: c.blocked.detail });
      continue;
    }
    if (!c.manifest) {
      out.set(c, { loads: false, code: 'invalid-manifest', reason: c.manifestProblem ?? 'no valid openclaw.plugin.json' });
      continue;
    }
    const existing = winners.get(c.id);
    if (!existing) {
      winners.set(c.id, c);
      continue;
    }
    let candidateWins: boolean;
    if (existing.realDir === c.realDir) candidateWins = ORIGIN_RANK[c.origin] < ORIGIN_RANK[existing.origin];
    else candidateWins = precedenceRank(c) < precedenceRank(existing);
    const [winner, loser] = candidateWins ? [c, existing] : [existing, c];
    winners.set(c.id, winner);
    out.set(loser, { loads: false, code: 'overridden', reason: `overridden by ${winner.origin} plugin (${path.resolve(winner.source)})` });
  }
  // Ids that differ only by case: OpenClaw refuses every one of them.
  const byPolicy = new Map<string, PluginCandidate[]>();
  for (const w of winners.values()) byPolicy.set(policyId(w.id), [...(byPolicy.get(policyId(w.id)) ?? []), w]);
  for (const group of byPolicy.values())
    if (new Set(group.map((g) => g.id)).size > 1)
      for (const g of group) {
        winners.delete(g.id);
        out.set(g, { loads: false, code: 'id-collision', reason: `plugin ids ${group.map((x) => JSON.stringify(x.id)).join(', ')} collide when lower-cased; OpenClaw refuses all of them` });
      }
  // The loader's later memory-slot narrowing (one "memory" plugin per slot) is deliberately not applied: the
  // differential test shows `openclaw plugins list` reports such plugins enabled, and for a guard assuming a
  // plugin loads (and checking it) is the safe side of any doubt.
  for (const w of winners.values()) out.set(w, decideActivation(w, config, n));
  return candidates.map((candidate) => ({ candidate, decision: out.get(candidate)! }));
}
