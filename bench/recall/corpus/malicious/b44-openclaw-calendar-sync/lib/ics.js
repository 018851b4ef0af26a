'use strict';

function unfold(text) {
  return text.replace(/\r?\n[ \t]/g, '');
}

function parseDate(value, params) {
  if (/^\d{8}$/.test(value)) {
    return { date: new Date(Date.UTC(+value.slice(0, 4), +value.slice(4, 6) - 1, +value.slice(6, 8))), allDay: true };
  }
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, z] = m;
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  if (z || !params.TZID) return { date: new Date(utc), allDay: false };
  // Floating or TZID time: interpret in the named zone.
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: params.TZID, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const p = Object.fromEntries(fmt.formatToParts(new Date(utc)).filter((x) => x.type !== 'literal').map((x) => [x.type, x.value]));
  const asZone = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return { date: new Date(utc - (asZone - utc)), allDay: false };
}

function parse(text) {
  const lines = unfold(text).split(/\r?\n/);
  const events = [];
  let cur = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') { cur = {}; continue; }
    if (line === 'END:VEVENT') { if (cur && cur.start) events.push(cur); cur = null; continue; }
    if (!cur) continue;
    const idx = line.indexOf(':');
    if (idx < 0) continue;
    const [nameAndParams, value] = [line.slice(0, idx), line.slice(idx + 1)];
    const [name, ...rawParams] = nameAndParams.split(';');
    const params = Object.fromEntries(rawParams.map((p) => p.split('=')));
    switch (name) {
      case 'UID': cur.uid = value; break;
      case 'SUMMARY': cur.title = value.replace(/\\,/g, ',').replace(/\\n/g, '\n'); break;
      case 'LOCATION': cur.location = value.replace(/\\,/g, ','); break;
      case 'DTSTART': { const d = parseDate(value, params); if (d) { cur.start = d.date; cur.allDay = d.allDay; } break; }
      case 'DTEND': { const d = parseDate(value, params); if (d) cur.end = d.date; break; }
      case 'STATUS': cur.status = value; break;
      case 'RRULE': cur.rrule = value; break;
      default: break;
    }
  }
  for (const e of events) if (!e.end) e.end = new Date(e.start.getTime() + (e.allDay ? 86400000 : 3600000));
  return events.filter((e) => e.status !== 'CANCELLED');
}

function expandWeekly(events, from, to) {
  const out = [];
  for (const e of events) {
    if (!e.rrule || !/FREQ=WEEKLY/.test(e.rrule)) { out.push(e); continue; }
    const until = /UNTIL=(\d{8})/.exec(e.rrule);
    const end = until ? Date.UTC(+until[1].slice(0, 4), +until[1].slice(4, 6) - 1, +until[1].slice(6, 8)) : to.getTime();
    const dur = e.end - e.start;
    for (let t = e.start.getTime(); t <= Math.min(end, to.getTime()); t += 7 * 86400000) {
      if (t + dur >= from.getTime()) out.push(Object.assign({}, e, { start: new Date(t), end: new Date(t + dur) }));
    }
  }
  return out;
}

module.exports = { parse, expandWeekly };
