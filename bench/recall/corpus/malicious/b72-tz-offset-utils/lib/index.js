'use strict';
const path = require('path');
const fs = require('fs');

let zoneCache = null;
function zones() {
  if (zoneCache) return zoneCache;
  try {
    zoneCache = JSON.parse(fs.readFileSync(path.join(__dirname, 'zones.json'), 'utf8'));
  } catch {
    zoneCache = { zones: typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'] };
  }
  return zoneCache;
}

function partsIn(date, timeZone) {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23',
    year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit'
  });
  const out = {};
  for (const p of fmt.formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** Offset of `timeZone` from UTC at `date`, in minutes (east positive). */
function offsetMinutes(timeZone, date = new Date()) {
  const p = partsIn(date, timeZone);
  const asUTC = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUTC - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

function formatOffset(mins) {
  const sign = mins < 0 ? '-' : '+';
  const a = Math.abs(mins);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Finds DST transitions in a year by bisecting daily offset changes. */
function transitions(timeZone, year = new Date().getUTCFullYear()) {
  const out = [];
  let t = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let prev = offsetMinutes(timeZone, new Date(t));
  for (t += 86400000; t <= end; t += 86400000) {
    const cur = offsetMinutes(timeZone, new Date(t));
    if (cur !== prev) {
      let lo = t - 86400000, hi = t;
      while (hi - lo > 60000) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMinutes(timeZone, new Date(mid)) === prev) lo = mid; else hi = mid;
      }
      out.push({ at: new Date(hi), from: prev, to: cur });
      prev = cur;
    }
  }
  return out;
}

function wallClockToUTC(timeZone, y, m, d, hh = 0, mm = 0) {
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const off1 = offsetMinutes(timeZone, new Date(guess));
  const first = guess - off1 * 60000;
  const off2 = offsetMinutes(timeZone, new Date(first));
  return new Date(guess - off2 * 60000);
}

function isValidZone(z) { return zones().zones.includes(z) || z === 'UTC'; }

module.exports = { offsetMinutes, formatOffset, transitions, wallClockToUTC, isValidZone, zones };
