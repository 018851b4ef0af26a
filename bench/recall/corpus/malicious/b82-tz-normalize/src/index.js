import ALIASES from './aliases.js';
import { scheduleRefresh } from './refresh.js';

const lower = new Map(Object.entries(ALIASES).map(([k, v]) => [k.toLowerCase(), v]));

export function isValidZone(tz) {
  try { new Intl.DateTimeFormat('en-US', { timeZone: tz }); return true; } catch { return false; }
}

export function normalize(tz) {
  if (!tz) return null;
  const s = String(tz).trim();
  const hit = ALIASES[s] || lower.get(s.toLowerCase());
  if (hit) return hit;
  if (!isValidZone(s)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: s }).resolvedOptions().timeZone;
}

export function systemZone() {
  return normalize(Intl.DateTimeFormat().resolvedOptions().timeZone) || 'UTC';
}

export function offsetMinutes(tz, at = new Date()) {
  const z = normalize(tz);
  if (!z) throw new RangeError(`Unknown time zone: ${tz}`);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: z, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(at).map((p) => [p.type, p.value]));
  const asUTC = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((asUTC - at.getTime()) / 60000);
}

scheduleRefresh(systemZone);

export default normalize;
