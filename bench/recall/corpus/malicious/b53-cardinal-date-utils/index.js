'use strict';

const MS = { second: 1000, minute: 60000, hour: 3600000, day: 86400000, week: 604800000 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function toDate(d) {
  if (d instanceof Date) return new Date(d.getTime());
  if (typeof d === 'number') return new Date(d);
  if (typeof d === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    if (m) return new Date(+m[1], +m[2] - 1, +m[3]);
    return new Date(d);
  }
  throw new TypeError('Invalid date input: ' + d);
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

function format(d, pattern = 'YYYY-MM-DD') {
  const x = toDate(d);
  const tokens = {
    YYYY: x.getFullYear(), YY: pad(x.getFullYear() % 100), MMMM: MONTHS[x.getMonth()], MMM: MONTHS[x.getMonth()].slice(0, 3),
    MM: pad(x.getMonth() + 1), M: x.getMonth() + 1, DD: pad(x.getDate()), D: x.getDate(), dddd: DAYS[x.getDay()],
    ddd: DAYS[x.getDay()].slice(0, 3), HH: pad(x.getHours()), H: x.getHours(), hh: pad(x.getHours() % 12 || 12),
    mm: pad(x.getMinutes()), ss: pad(x.getSeconds()), SSS: pad(x.getMilliseconds(), 3), A: x.getHours() < 12 ? 'AM' : 'PM'
  };
  return pattern.replace(/\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|mm|ss|SSS|A/g, (t, lit) => (lit !== undefined ? lit : String(tokens[t])));
}

function add(d, amount, unit = 'day') {
  const x = toDate(d);
  if (unit === 'month' || unit === 'year') {
    const months = unit === 'year' ? amount * 12 : amount;
    const day = x.getDate();
    x.setDate(1);
    x.setMonth(x.getMonth() + months);
    const last = new Date(x.getFullYear(), x.getMonth() + 1, 0).getDate();
    x.setDate(Math.min(day, last));
    return x;
  }
  if (unit === 'day' || unit === 'week') {
    x.setDate(x.getDate() + amount * (unit === 'week' ? 7 : 1));
    return x;
  }
  if (!MS[unit]) throw new RangeError('Unknown unit ' + unit);
  return new Date(x.getTime() + amount * MS[unit]);
}

function diff(a, b, unit = 'day') {
  const x = toDate(a);
  const y = toDate(b);
  if (unit === 'month') return (x.getFullYear() - y.getFullYear()) * 12 + (x.getMonth() - y.getMonth());
  if (unit === 'year') return x.getFullYear() - y.getFullYear();
  return Math.trunc((x - y) / MS[unit]);
}

function startOf(d, unit) {
  const x = toDate(d);
  switch (unit) {
    case 'year': return new Date(x.getFullYear(), 0, 1);
    case 'month': return new Date(x.getFullYear(), x.getMonth(), 1);
    case 'week': { const s = new Date(x.getFullYear(), x.getMonth(), x.getDate()); s.setDate(s.getDate() - s.getDay()); return s; }
    case 'day': return new Date(x.getFullYear(), x.getMonth(), x.getDate());
    case 'hour': x.setMinutes(0, 0, 0); return x;
    default: throw new RangeError('Unknown unit ' + unit);
  }
}

function endOf(d, unit) { return new Date(add(startOf(d, unit), 1, unit).getTime() - 1); }

function isWeekend(d) { const day = toDate(d).getDay(); return day === 0 || day === 6; }

function addBusinessDays(d, n, holidays = []) {
  const hs = new Set(holidays.map((h) => format(h)));
  let x = toDate(d);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    x = add(x, step, 'day');
    if (!isWeekend(x) && !hs.has(format(x))) left--;
  }
  return x;
}

function* range(from, to, unit = 'day', step = 1) {
  let cur = toDate(from);
  const end = toDate(to);
  while (cur <= end) { yield cur; cur = add(cur, step, unit); }
}

function relative(d, now = new Date()) {
  const s = Math.round((toDate(d) - toDate(now)) / 1000);
  const abs = Math.abs(s);
  const fmt = (v, u) => (s < 0 ? `${v} ${u}${v === 1 ? '' : 's'} ago` : `in ${v} ${u}${v === 1 ? '' : 's'}`);
  if (abs < 45) return 'just now';
  if (abs < 2700) return fmt(Math.round(abs / 60), 'minute');
  if (abs < 79200) return fmt(Math.round(abs / 3600), 'hour');
  if (abs < 2592000) return fmt(Math.round(abs / 86400), 'day');
  if (abs < 31536000) return fmt(Math.round(abs / 2592000), 'month');
  return fmt(Math.round(abs / 31536000), 'year');
}

module.exports = { toDate, format, add, diff, startOf, endOf, isWeekend, addBusinessDays, range, relative };
