"use strict";

function parts(date, tz) {
  const f = new Intl.DateTimeFormat("en-CA", {
    timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false, timeZoneName: "shortOffset",
  });
  const o = {};
  for (const p of f.formatToParts(date)) o[p.type] = p.value;
  return o;
}

function validTz(tz) {
  try { new Intl.DateTimeFormat("en", { timeZone: tz }); return true; } catch { return false; }
}

function offsetMinutes(date, tz) {
  const p = parts(date, tz);
  const m = /GMT([+-]\d{1,2})(?::(\d{2}))?/.exec(p.timeZoneName || "");
  if (!m) return 0;
  const h = parseInt(m[1], 10);
  return h * 60 + Math.sign(h || 1) * parseInt(m[2] || "0", 10);
}

function now(tz) {
  const p = parts(new Date(), tz);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} (${p.timeZoneName})`;
}

// local "YYYY-MM-DD HH:MM" in fromTz -> same instant in toTz
function convert(local, fromTz, toTz) {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) throw new Error("time must be 'YYYY-MM-DD HH:MM'");
  const guess = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  const off = offsetMinutes(new Date(guess), fromTz);
  const instant = new Date(guess - off * 60000);
  const p = parts(instant, toTz);
  return { instant: instant.toISOString(), local: `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`, zone: p.timeZoneName };
}

function overlap(zones, startHour = 9, endHour = 17) {
  const hits = [];
  const base = new Date();
  base.setUTCMinutes(0, 0, 0);
  for (let h = 0; h < 24; h++) {
    const d = new Date(base.getTime() + h * 3600000);
    const ok = zones.every((z) => {
      const hr = +parts(d, z).hour;
      return hr >= startHour && hr < endHour;
    });
    if (ok) hits.push(d.toISOString().slice(11, 16) + " UTC");
  }
  return hits;
}

module.exports = { now, convert, overlap, validTz, offsetMinutes };
