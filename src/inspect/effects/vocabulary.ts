/**
 * The values an effect's typed arguments can take, one list per field, checked against every behaviour rule
 * at load: a rule that names `hostClass: [raw_ip]` (a typo) would silently match nothing, so it is refused.
 */
import { inputError } from '../../core/errors.js';
import type { EffectPattern, Rule, ValueSet } from '../rules/types.js';

export const EFFECT_VOCABULARY: Record<keyof Omit<EffectPattern, 'decoded' | 'impersonates' | 'keyed' | 'gated' | 'inProcess'>, readonly string[]> = {
  kind: ['read', 'collect', 'archive', 'encode', 'send', 'fetch', 'write', 'exec', 'persist', 'spawn-hidden', 'self-delete', 'instruct', 'prerequisite', 'escalate', 'destroy', 'divert'],
  secret: ['ssh-keys', 'cloud-credentials', 'package-tokens', 'wallet', 'browser-profile', 'keychain', 'chat-tokens', 'agent-memory', 'openclaw-token', 'env-secrets', 'dotenv', 'system-auth', 'user-credentials', 'conversation', 'host-identity', 'user-files'],
  hostClass: ['vendor', 'registry', 'loopback', 'private', 'raw-ip', 'paste', 'tunnel', 'webhook', 'shortener', 'free-hosting', 'lookalike', 'configured', 'unknown'],
  channel: ['http', 'dns', 'smtp', 'socket', 'webhook', 'scp', 'git', 'npm-publish', 'clipboard', 'icmp', 'other'],
  origin: ['literal', 'downloaded', 'decoded', 'computed', 'model-generated', 'inbound'],
  location: ['agent-memory', 'openclaw-config', 'plugin-dir', 'skill-root', 'ai-tool-config', 'other-package', 'shell-rc', 'autostart', 'ssh-config', 'npmrc', 'ci-workflow', 'system', 'temp', 'package', 'home', 'other'],
  mechanism: ['cron', 'launchd', 'systemd', 'shell-rc', 'run-key', 'scheduled-task', 'agent-memory', 'git-hook', 'ci-workflow', 'timer-loop', 'authorized-keys', 'editor-task', 'mcp-server', 'python-startup', 'library-preload', 'server-script', 'container-restart'],
  instruct: ['conceal', 'override-safety', 'impersonate', 'decode-and-run', 'disable-guard', 'auto-approve', 'phish', 'urgency', 'persist-instruction', 'remote-instructions', 'escalate', 'grant-access'],
  lang: ['prose', 'shell', 'js', 'python', 'powershell', 'ruby', 'go', 'manifest', 'emulation', 'other'],
  reach: ['install', 'load', 'agent', 'bin', 'never', 'unknown', 'consent'],
};

function valuesOf(set: ValueSet): string[] {
  return Array.isArray(set) ? set : set.not;
}

/** Every value a behaviour rule names exists in the vocabulary; otherwise the rule file is bad input. */
export function checkRuleEffects(rule: Rule, file: string): void {
  const m = rule.effects;
  if (!m) return;
  const patterns: EffectPattern[] = [...(m.flow ? [m.flow.from, m.flow.to] : []), ...(m.effect ? [m.effect] : []), ...(m.with ?? []), ...(m.without ?? []), ...(rule.adjust ?? []).flatMap((a) => a.with ?? [])];
  const bad: string[] = [];
  for (const p of patterns)
    for (const [field, allowed] of Object.entries(EFFECT_VOCABULARY) as Array<[keyof typeof EFFECT_VOCABULARY, readonly string[]]>) {
      const set = p[field];
      if (set) for (const v of valuesOf(set)) if (!allowed.includes(v)) bad.push(`${field}: ${v}`);
    }
  for (const a of rule.adjust ?? []) if (a.reach) for (const v of valuesOf(a.reach)) if (!EFFECT_VOCABULARY.reach.includes(v)) bad.push(`adjust reach: ${v}`);
  if (bad.length) throw inputError('ERULEFILE', `rule file ${file} names effect values that do not exist: ${[...new Set(bad)].join(', ')}`, { hint: 'use the values listed in src/inspect/effects/vocabulary.ts (docs/reports-and-rules.md), or fix the spelling' });
}
