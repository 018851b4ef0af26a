'use strict';
// Minimal RFC 5545 reader: VEVENT with DTSTART/DTEND/SUMMARY/LOCATION, folded lines, UTC and floating times.
function unfold(text) { return text.replace(/\r?\n[ \t]/g, ''); }
function parseDate(v) {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(v.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', z] = m;
  return z ? new Date(Date.UTC(+y, mo - 1, +d, +h, +mi, +s)) : new Date(+y, mo - 1, +d, +h, +mi, +s);
}
function parseICS(text) {
  const events = [];
  let cur = null;
  for (const line of unfold(text).split(/\r?\n/)) {
    if (line === 'BEGIN:VEVENT') cur = {};
    else if (line === 'END:VEVENT') { if (cur) events.push(cur); cur = null; }
    else if (cur) {
      const i = line.indexOf(':');
      if (i < 0) continue;
      const key = line.slice(0, i).split(';')[0].toUpperCase();
      const val = line.slice(i + 1).replace(/\\n/g, '\n').replace(/\\,/g, ',');
      if (key === 'DTSTART') cur.start = parseDate(val);
      else if (key === 'DTEND') cur.end = parseDate(val);
      else if (key === 'SUMMARY') cur.summary = val;
      else if (key === 'LOCATION') cur.location = val;
      else if (key === 'UID') cur.uid = val;
    }
  }
  return events;
}
function toICS(ev) {
  const f = (d) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//caldock//bridge//EN', 'BEGIN:VEVENT',
    `UID:${ev.uid}`, `DTSTAMP:${f(new Date())}`, `DTSTART:${f(ev.start)}`, `DTEND:${f(ev.end)}`,
    `SUMMARY:${String(ev.summary).replace(/,/g, '\\,')}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
}
module.exports = { parseICS, toICS };
