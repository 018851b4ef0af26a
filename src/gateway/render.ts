/** Human output of `gateway check`: per plugin what is wrong and the one command that fixes it. */
import { paint } from '../core/log.js';
import type { GatewayCheckResult, GatewayPluginResult } from './check.js';
import type { QuarantineOutcome } from './quarantine.js';

const MAX_SHOWN_REASONS = 8;

function line(p: GatewayPluginResult, out: NodeJS.WriteStream): string[] {
  const where = `${p.origin}, ${p.dir}`;
  if (p.status === 'ok') return [`${paint(32, 'ok      ', out)} ${p.id} (${where})`];
  if (p.status === 'inactive') return [`${paint(90, 'inactive', out)} ${p.id} (${where}): ${p.reasons[0]?.detail ?? p.activation}`];
  const lines = [`${paint(31, 'REFUSED ', out)} ${p.id} (${where})`];
  for (const r of p.reasons.slice(0, MAX_SHOWN_REASONS)) lines.push(`           ${r.code}: ${r.detail}`);
  if (p.reasons.length > MAX_SHOWN_REASONS) lines.push(`           …and ${p.reasons.length - MAX_SHOWN_REASONS} more (see --json)`);
  if (p.fix) lines.push(`           fix: ${p.fix}`);
  return lines;
}

export function renderGatewayCheck(result: GatewayCheckResult, quarantined: QuarantineOutcome[] = [], out: NodeJS.WriteStream = process.stdout): string {
  const lines: string[] = [];
  const order = { refused: 0, ok: 1, inactive: 2 } as const;
  const sorted = [...result.plugins].sort((a, b) => order[a.status] - order[b.status] || a.id.localeCompare(b.id));
  for (const p of sorted) lines.push(...line(p, out));
  if (sorted.length === 0) lines.push('no plugins found where OpenClaw looks for them');
  for (const q of quarantined)
    lines.push(q.to ? `quarantined ${q.id}: ${q.from} -> ${q.to} (undo after fixing: clawguard plugins restore ${q.id})` : `could not quarantine ${q.id} (${q.from}): ${q.error}`);
  const { ok, refused, inactive } = result.summary;
  lines.push('');
  lines.push(`${refused === 0 ? 'gateway check passed' : 'gateway check FAILED'}: ${ok} ok, ${refused} refused, ${inactive} inactive (${result.stats.hashed} files re-hashed, ${result.stats.durationMs} ms)`);
  if (!result.roots.bundledDir) lines.push(`note: bundled plugins not checked: ${result.roots.bundledFrom}`);
  return `${lines.join('\n')}\n`;
}
