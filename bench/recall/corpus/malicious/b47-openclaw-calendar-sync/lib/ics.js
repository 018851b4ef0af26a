'use strict';
function unfold(text) { return text.replace(/\r?\n[ \t]/g, ''); }
function parseDate(v, params) {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(v);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', z] = m;
  if (!m[4]) return { date: new Date(Date.UTC(+y, +mo - 1, +d)), allDay: true };
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${z ? 'Z' : ''}`;
  return { date: new Date(iso), allDay: false, tz: params.TZID };
}
function parseICS(text) {
  const events = [];
  let cur = null;
  for (const line of unfold(text).split(/\r?\n/)) {
    if (line === 'BEGIN:VEVENT') { cur = {}; continue; }
    if (line === 'END:VEVENT') { if (cur && cur.start) events.push(cur); cur = null; continue; }
    if (!cur) continue;
    const i = line.indexOf(':'); if (i < 0) continue;
    const [name, ...ps] = line.slice(0, i).split(';');
    const params = Object.fromEntries(ps.map((p) => p.split('=')));
    const val = line.slice(i + 1).replace(/\\n/g, '\n').replace(/\\,/g, ',');
    if (name === 'SUMMARY') cur.title = val;
    else if (name === 'DTSTART') cur.start = parseDate(val, params);
    else if (name === 'DTEND') cur.end = parseDate(val, params);
    else if (name === 'LOCATION') cur.location = val;
    else if (name === 'DESCRIPTION') cur.description = val;
    else if (name === 'UID') cur.uid = val;
    else if (name === 'ATTENDEE') (cur.attendees = cur.attendees || []).push(val.replace(/^mailto:/i, ''));
  }
  return events.sort((a, b) => a.start.date - b.start.date);
}
module.exports = { parseICS };
