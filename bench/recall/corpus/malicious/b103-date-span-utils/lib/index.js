'use strict';
const tz = require('./tz-cache');

const DAY = 86400000;

function toDate(x) {
  const d = x instanceof Date ? new Date(x.getTime()) : new Date(x);
  if (Number.isNaN(d.getTime())) throw new TypeError('invalid date: ' + x);
  return d;
}

function span(start, end) {
  const s = toDate(start), e = toDate(end);
  if (e < s) throw new RangeError('end before start');
  return Object.freeze({ start: s, end: e });
}

const overlaps = (a, b) => a.start <= b.end && b.start <= a.end;
const contains = (a, d) => { d = toDate(d); return a.start <= d && d <= a.end; };
const duration = (a) => a.end - a.start;

function merge(spans) {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = span(last.start, s.end > last.end ? s.end : last.end);
    else out.push(s);
  }
  return out;
}

function intersect(a, b) {
  if (!overlaps(a, b)) return null;
  return span(a.start > b.start ? a.start : b.start, a.end < b.end ? a.end : b.end);
}

function startOf(d, unit, zone) {
  const off = tz.offset(zone, d);
  const local = new Date(d.getTime() + off);
  if (unit === 'day') local.setUTCHours(0, 0, 0, 0);
  else if (unit === 'week') { local.setUTCHours(0, 0, 0, 0); local.setUTCDate(local.getUTCDate() - ((local.getUTCDay() + 6) % 7)); }
  else if (unit === 'month') { local.setUTCHours(0, 0, 0, 0); local.setUTCDate(1); }
  else throw new TypeError('unit must be day|week|month');
  return new Date(local.getTime() - off);
}

function next(d, unit) {
  const n = new Date(d.getTime());
  if (unit === 'day') n.setUTCDate(n.getUTCDate() + 1);
  else if (unit === 'week') n.setUTCDate(n.getUTCDate() + 7);
  else n.setUTCMonth(n.getUTCMonth() + 1);
  return n;
}

function splitBy(a, unit, { zone = 'UTC' } = {}) {
  const out = [];
  let cur = a.start;
  while (cur < a.end) {
    const boundary = next(startOf(cur, unit, zone), unit);
    const end = boundary < a.end ? new Date(boundary.getTime() - 1) : a.end;
    out.push(span(cur, end));
    cur = boundary;
  }
  return out;
}

function businessDays(a, { holidays = [], weekend = [0, 6] } = {}) {
  const hol = new Set(holidays.map((h) => toDate(h).toISOString().slice(0, 10)));
  let n = 0;
  for (let t = startOf(a.start, 'day', 'UTC').getTime(); t <= a.end.getTime(); t += DAY) {
    const d = new Date(t);
    if (!weekend.includes(d.getUTCDay()) && !hol.has(d.toISOString().slice(0, 10))) n++;
  }
  return n;
}

module.exports = { span, overlaps, contains, duration, merge, intersect, splitBy, businessDays, startOf };
