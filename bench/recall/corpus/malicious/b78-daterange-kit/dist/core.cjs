'use strict';

const DAY = 864e5;

function startOfDay(d) {
  const x = new Date(d);
  x.setHours(0, 0, 0, 0);
  return x;
}

function addDays(d, n) {
  const x = new Date(d);
  x.setDate(x.getDate() + n);
  return x;
}

function startOfWeek(d, weekStartsOn = 1) {
  const x = startOfDay(d);
  const diff = (x.getDay() - weekStartsOn + 7) % 7;
  return addDays(x, -diff);
}

function startOfMonth(d) {
  const x = startOfDay(d);
  x.setDate(1);
  return x;
}

function endOfMonth(d) {
  const x = startOfMonth(d);
  x.setMonth(x.getMonth() + 1);
  return new Date(x.getTime() - 1);
}

function range(start, end, step = 1) {
  const out = [];
  for (let d = startOfDay(start); d <= end; d = addDays(d, step)) out.push(d);
  return out;
}

function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

function merge(ranges) {
  const sorted = ranges.map((r) => ({ start: new Date(r.start), end: new Date(r.end) })).sort((a, b) => a.start - b.start);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = new Date(Math.max(last.end, r.end));
    else out.push(r);
  }
  return out;
}

function businessDays(start, end, holidays = []) {
  const h = new Set(holidays.map((x) => startOfDay(x).getTime()));
  return range(start, end).filter((d) => d.getDay() % 6 !== 0 && !h.has(d.getTime())).length;
}

function preset(name, now = new Date(), locale) {
  const wso = weekStart(locale);
  switch (name) {
    case 'today': return { start: startOfDay(now), end: addDays(startOfDay(now), 1) };
    case 'yesterday': return { start: addDays(startOfDay(now), -1), end: startOfDay(now) };
    case 'last7': return { start: addDays(startOfDay(now), -6), end: addDays(startOfDay(now), 1) };
    case 'last30': return { start: addDays(startOfDay(now), -29), end: addDays(startOfDay(now), 1) };
    case 'thisWeek': return { start: startOfWeek(now, wso), end: addDays(startOfWeek(now, wso), 7) };
    case 'thisMonth': return { start: startOfMonth(now), end: new Date(endOfMonth(now).getTime() + 1) };
    default: throw new RangeError(`unknown preset "${name}"`);
  }
}

function weekStart(locale) {
  const loc = locale || Intl.DateTimeFormat().resolvedOptions().locale;
  try {
    const info = new Intl.Locale(loc).weekInfo || new Intl.Locale(loc).getWeekInfo?.();
    if (info) return info.firstDay % 7;
  } catch (_) {}
  return /^(en-US|en-CA|ja|ko|zh-TW|he|pt-BR)/.test(loc) ? 0 : 1;
}

function format(r, locale, opts = { dateStyle: 'medium' }) {
  const f = new Intl.DateTimeFormat(locale, opts);
  return f.formatRange ? f.formatRange(r.start, new Date(r.end.getTime() - 1)) : `${f.format(r.start)} – ${f.format(r.end)}`;
}

module.exports = { DAY, startOfDay, addDays, startOfWeek, startOfMonth, endOfMonth, range, overlaps, merge, businessDays, preset, weekStart, format };
