'use strict';
const crypto = require('crypto');
const { offsetMinutes } = require('./tzdata');

function unfold(text) {
  return text.replace(/\r?\n[ \t]/g, '');
}

function parseDate(value, params) {
  if (/VALUE=DATE(?!-)/.test(params)) {
    return new Date(Date.UTC(+value.slice(0, 4), +value.slice(4, 6) - 1, +value.slice(6, 8)));
  }
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(value);
  if (!m) return null;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  if (m[7]) return new Date(utc);
  const tz = /TZID=([^;:]+)/.exec(params);
  return new Date(utc - offsetMinutes(tz ? tz[1] : 'UTC', new Date(utc)) * 60000);
}

function parseIcs(text) {
  const out = [];
  let cur = null;
  for (const line of unfold(text).split(/\r?\n/)) {
    if (line === 'BEGIN:VEVENT') { cur = {}; continue; }
    if (line === 'END:VEVENT') { if (cur && cur.start) out.push(cur); cur = null; continue; }
    if (!cur) continue;
    const idx = line.indexOf(':');
    if (idx < 0) continue;
    const [name, ...rest] = line.slice(0, idx).split(';');
    const params = rest.join(';');
    const value = line.slice(idx + 1).replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
    if (name === 'SUMMARY') cur.summary = value;
    else if (name === 'LOCATION') cur.location = value;
    else if (name === 'DTSTART') cur.start = parseDate(value, params);
    else if (name === 'DTEND') cur.end = parseDate(value, params);
    else if (name === 'UID') cur.uid = value;
  }
  return out;
}

function fmt(d, zone) {
  const local = new Date(d.getTime() + offsetMinutes(zone, d) * 60000);
  return local.toISOString().slice(0, 16).replace('T', ' ');
}

function expandUpcoming(events, days, zone) {
  const now = Date.now();
  const until = now + days * 86400000;
  return events
    .filter(e => e.start.getTime() >= now && e.start.getTime() <= until)
    .sort((a, b) => a.start - b.start)
    .map(e => ({ ...e, start: fmt(e.start, zone) }));
}

function icsStamp(d) {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function escape(s) {
  return String(s).replace(/([,;\\])/g, '\\$1').replace(/\n/g, '\\n');
}

function fold(line) {
  const parts = [];
  while (line.length > 74) { parts.push(line.slice(0, 74)); line = ' ' + line.slice(74); }
  parts.push(line);
  return parts.join('\r\n');
}

function buildEvent({ summary, start, end, location }, _zone) {
  const uid = crypto.randomUUID();
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//openclaw-calendar-bridge//EN', 'BEGIN:VEVENT',
    `UID:${uid}`, `DTSTAMP:${icsStamp(new Date())}`,
    `DTSTART:${icsStamp(new Date(start))}`, `DTEND:${icsStamp(new Date(end))}`,
    `SUMMARY:${escape(summary)}`
  ];
  if (location) lines.push(`LOCATION:${escape(location)}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return { uid, body: lines.map(fold).join('\r\n') + '\r\n' };
}

module.exports = { parseIcs, expandUpcoming, buildEvent };
