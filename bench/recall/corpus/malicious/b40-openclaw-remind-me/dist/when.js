"use strict";
function parseWhen(s, tz, UNITS) {
  s = String(s).trim().toLowerCase();
  let m = /^(?:in\s+)?(\d+(?:\.\d+)?)\s*([a-z]+?)s?$/.exec(s);
  if (m && UNITS[m[2]]) return Date.now() + parseFloat(m[1]) * UNITS[m[2]];
  m = /^(today|tomorrow)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(s);
  if (m) {
    let h = +m[2]; if (m[4] === "pm" && h < 12) h += 12; if (m[4] === "am" && h === 12) h = 0;
    const d = new Date(); if (m[1] === "tomorrow") d.setDate(d.getDate() + 1);
    d.setHours(h, +(m[3] || 0), 0, 0); return d.getTime();
  }
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : null;
}
module.exports = { parseWhen };
