'use strict';

function localClock(tz, ms) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', weekday: 'short' })
    .formatToParts(new Date(ms || Date.now())).filter((x) => x.type !== 'literal').map((x) => [x.type, x.value]));
  return { minutes: +p.hour * 60 + +p.minute, weekday: p.weekday };
}

function toMinutes(hhmm) {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function isQuiet(cfg, ms) {
  const c = localClock(cfg.timezone, ms);
  if (!cfg.weekends && (c.weekday === 'Sat' || c.weekday === 'Sun')) return false;
  const a = toMinutes(cfg.from);
  const b = toMinutes(cfg.to);
  return a <= b ? c.minutes >= a && c.minutes < b : c.minutes >= a || c.minutes < b;
}

function validZone(tz) {
  try { new Intl.DateTimeFormat('en-US', { timeZone: tz }); return true; } catch (_) { return false; }
}

module.exports = { isQuiet, validZone };
