'use strict';

function unfold(text) {
  return text.replace(/\r?\n[ \t]/g, '');
}

function parseDate(v, params) {
  // 20250314T093000Z | 20250314T093000 | 20250314
  const m = v.match(/^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', z] = m;
  if (z) return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
  return new Date(+y, +mo - 1, +d, +h, +mi, +s); // floating / TZID treated as local
}

function parseICS(text) {
  const lines = unfold(text).split(/\r?\n/);
  const events = [];
  let cur = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') { cur = {}; continue; }
    if (line === 'END:VEVENT') { if (cur && cur.start) events.push(cur); cur = null; continue; }
    if (!cur) continue;
    const idx = line.indexOf(':');
    if (idx < 0) continue;
    const [name, ...params] = line.slice(0, idx).split(';');
    const value = line.slice(idx + 1);
    switch (name) {
      case 'UID': cur.uid = value; break;
      case 'SUMMARY': cur.summary = value.replace(/\\,/g, ',').replace(/\\n/g, ' '); break;
      case 'LOCATION': cur.location = value.replace(/\\,/g, ','); break;
      case 'DTSTART': cur.start = parseDate(value, params); cur.allDay = /VALUE=DATE/.test(params.join(';')); break;
      case 'DTEND': cur.end = parseDate(value, params); break;
      case 'STATUS': cur.status = value; break;
    }
  }
  return events.filter((e) => e.status !== 'CANCELLED');
}

module.exports = { parseICS };
