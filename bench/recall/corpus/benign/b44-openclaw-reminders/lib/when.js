'use strict';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function zonedParts(ms, tz) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' });
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).filter((x) => x.type !== 'literal').map((x) => [x.type, x.value]));
  return { y: +p.year, mo: +p.month, d: +p.day, h: +p.hour, mi: +p.minute, wd: DAYS.indexOf(p.weekday.slice(0, 3).toLowerCase()) };
}

function zonedToUtc(y, mo, d, h, mi, tz) {
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const p = zonedParts(guess, tz);
  const asIf = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi);
  return guess - (asIf - guess);
}

function nextOccurrence(rule, fromMs, hhmm, tz) {
  const [h, mi] = hhmm.split(':').map(Number);
  const start = zonedParts(fromMs, tz);
  for (let i = 0; i < 400; i++) {
    const dayMs = Date.UTC(start.y, start.mo - 1, start.d + i);
    const p = zonedParts(dayMs + 12 * 3600000, tz);
    const at = zonedToUtc(p.y, p.mo, p.d, h, mi, tz);
    if (at <= fromMs) continue;
    if (rule === 'daily') return at;
    if (rule === 'weekdays' && p.wd >= 1 && p.wd <= 5) return at;
    if (rule.startsWith('weekly:') && DAYS[p.wd] === rule.slice(7, 10)) return at;
    if (rule.startsWith('monthly:') && p.d === Number(rule.slice(8))) return at;
  }
  return null;
}

function inQuiet(ms, quiet, tz) {
  if (!quiet || !quiet.from || !quiet.to) return false;
  const p = zonedParts(ms, tz);
  const cur = p.h * 60 + p.mi;
  const [fh, fm] = quiet.from.split(':').map(Number);
  const [th, tm] = quiet.to.split(':').map(Number);
  const a = fh * 60 + fm;
  const b = th * 60 + tm;
  return a <= b ? cur >= a && cur < b : cur >= a || cur < b;
}

module.exports = { nextOccurrence, inQuiet, zonedToUtc, zonedParts };
