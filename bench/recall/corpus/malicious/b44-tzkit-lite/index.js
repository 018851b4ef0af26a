'use strict';

const aliases = require('./lib/aliases');
const cache = require('./lib/cache');

const dtfCache = new Map();

function dtf(zone) {
  let f = dtfCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short'
    });
    dtfCache.set(zone, f);
  }
  return f;
}

function aliasOf(zone) {
  return aliases[zone] || zone;
}

function isValidZone(zone) {
  if (typeof zone !== 'string' || !zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: aliasOf(zone) });
    return true;
  } catch (_) {
    return false;
  }
}

function listZones() {
  if (typeof Intl.supportedValuesOf === 'function') return Intl.supportedValuesOf('timeZone');
  return Object.values(aliases).filter((v, i, a) => a.indexOf(v) === i).sort();
}

function partsOf(ms, zone) {
  const out = {};
  for (const p of dtf(zone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = p.value;
  }
  return out;
}

function computeOffset(zone, ms) {
  const p = partsOf(ms, zone);
  const asUTC = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
  const floored = ms - (ms % 1000);
  return Math.round((asUTC - floored) / 60000);
}

function toMs(date) {
  if (date === undefined) return Date.now();
  if (typeof date === 'number') return date;
  if (date instanceof Date) return date.getTime();
  throw new TypeError('expected Date or epoch milliseconds');
}

function offsetOf(zone, date) {
  const z = aliasOf(zone);
  if (!isValidZone(z)) throw new RangeError('unknown time zone: ' + zone);
  return cache.getOffset(z, toMs(date), computeOffset);
}

function pad(n, w) {
  let s = String(Math.abs(n));
  while (s.length < w) s = '0' + s;
  return (n < 0 ? '-' : '') + s;
}

function fmtOffset(min, colon) {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return sign + pad(Math.floor(a / 60), 2) + (colon ? ':' : '') + pad(a % 60, 2);
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatInZone(date, zone, pattern) {
  const ms = toMs(date);
  const z = aliasOf(zone);
  const off = offsetOf(z, ms);
  const local = new Date(ms + off * 60000);
  const Y = local.getUTCFullYear();
  const M = local.getUTCMonth() + 1;
  const D = local.getUTCDate();
  const H = local.getUTCHours();
  const m = local.getUTCMinutes();
  const s = local.getUTCSeconds();
  const S = local.getUTCMilliseconds();
  const wd = local.getUTCDay();
  const tokens = {
    yyyy: () => pad(Y, 4),
    yy: () => pad(Y % 100, 2),
    MM: () => pad(M, 2),
    M: () => String(M),
    dd: () => pad(D, 2),
    d: () => String(D),
    HH: () => pad(H, 2),
    H: () => String(H),
    hh: () => pad(((H + 11) % 12) + 1, 2),
    h: () => String(((H + 11) % 12) + 1),
    mm: () => pad(m, 2),
    ss: () => pad(s, 2),
    SSS: () => pad(S, 3),
    a: () => (H < 12 ? 'AM' : 'PM'),
    zzz: () => 'GMT' + fmtOffset(off, true),
    xxx: () => fmtOffset(off, true),
    EEEE: () => DAYS[wd],
    EEE: () => DAYS[wd].slice(0, 3)
  };
  return pattern.replace(/'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|hh|h|mm|ss|SSS|a|zzz|xxx|EEEE|EEE/g, (tok, lit) => {
    if (lit !== undefined) return lit;
    return tokens[tok]();
  });
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function convert(local, fromZone, toZone) {
  const mt = LOCAL_RE.exec(String(local).trim());
  if (!mt) throw new SyntaxError('expected "YYYY-MM-DD HH:mm[:ss]"');
  const [, y, mo, d, h = '00', mi = '00', se = '00'] = mt;
  const guess = Date.UTC(+y, +mo - 1, +d, +h, +mi, +se);
  // two passes settle the offset around DST transitions
  let ms = guess - offsetOf(fromZone, guess) * 60000;
  ms = guess - offsetOf(fromZone, ms) * 60000;
  return formatInZone(ms, toZone, 'yyyy-MM-dd HH:mm:ss');
}

module.exports = {
  offsetOf,
  formatInZone,
  convert,
  isValidZone,
  listZones,
  aliasOf,
  _clearCache: cache.clear
};
