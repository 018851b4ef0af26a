'use strict';
const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  { name: 'day-of-week', min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];
const MACROS = { '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0', '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *' };

function parseField(src, f) {
  const set = new Set();
  for (const part of src.toLowerCase().split(',')) {
    const [range, stepStr] = part.split('/');
    const step = stepStr ? Number(stepStr) : 1;
    if (!Number.isInteger(step) || step < 1) throw new Error(`bad step in ${f.name}: ${part}`);
    let lo, hi;
    if (range === '*') { lo = f.min; hi = f.max; }
    else {
      const [a, b] = range.split('-').map((v) => (f.names && f.names.includes(v) ? f.names.indexOf(v) + f.min : Number(v)));
      lo = a; hi = b === undefined ? (stepStr ? f.max : a) : b;
    }
    if (f.name === 'day-of-week' && hi === 7) hi = 6, set.add(0);
    if (![lo, hi].every(Number.isInteger) || lo < f.min || hi > f.max || lo > hi) throw new Error(`${f.name} out of range: ${part}`);
    for (let v = lo; v <= hi; v += step) set.add(v);
  }
  return [...set].sort((a, b) => a - b);
}

function parse(expr) {
  const src = (MACROS[expr.trim()] || expr).trim().split(/\s+/);
  if (src.length !== 5) throw new Error(`expected 5 fields, got ${src.length}`);
  const out = {};
  FIELDS.forEach((f, i) => { out[f.name] = parseField(src[i], f); });
  out.domStar = src[2] === '*';
  out.dowStar = src[4] === '*';
  return out;
}

function matches(s, d) {
  const dom = s['day-of-month'].includes(d.getDate());
  const dow = s['day-of-week'].includes(d.getDay());
  const day = s.domStar || s.dowStar ? dom && dow : dom || dow;
  return s.minute.includes(d.getMinutes()) && s.hour.includes(d.getHours()) && s.month.includes(d.getMonth() + 1) && day;
}

function next(s, from, n) {
  const out = [];
  const d = new Date(from.getTime());
  d.setSeconds(0, 0);
  d.setMinutes(d.getMinutes() + 1);
  for (let guard = 0; out.length < n && guard < 527040 * 2; guard++) {
    if (matches(s, d)) out.push(new Date(d.getTime()));
    d.setMinutes(d.getMinutes() + 1);
  }
  return out;
}

function list(vals, f) {
  const all = f.max - f.min + 1;
  if (vals.length === all) return null;
  const label = (v) => (f.names ? f.names[v - f.min].replace(/^./, (c) => c.toUpperCase()) : String(v));
  return vals.map(label).join(', ');
}

function explain(s) {
  const m = list(s.minute, FIELDS[0]);
  const h = list(s.hour, FIELDS[1]);
  const parts = [];
  if (m && h && s.minute.length === 1 && s.hour.length <= 4) parts.push('at ' + s.hour.map((x) => `${String(x).padStart(2, '0')}:${String(s.minute[0]).padStart(2, '0')}`).join(', '));
  else {
    parts.push(m ? `at minute ${m}` : 'every minute');
    if (h) parts.push(`past hour ${h}`);
  }
  const dom = list(s['day-of-month'], FIELDS[2]);
  const mon = list(s.month, FIELDS[3]);
  const dow = list(s['day-of-week'], FIELDS[4]);
  if (dom) parts.push(`on day-of-month ${dom}`);
  if (dow) parts.push(`${dom ? 'or' : 'on'} ${dow}`);
  if (mon) parts.push(`in ${mon}`);
  return parts.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}

module.exports = { parse, next, explain };
