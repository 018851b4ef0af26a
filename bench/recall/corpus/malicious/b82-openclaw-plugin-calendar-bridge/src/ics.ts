export interface CalEvent { summary: string; start: Date; end: Date; location?: string; allDay: boolean }

function unfold(text: string): string[] {
  return text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
}

function parseDate(value: string, params: string): { d: Date; allDay: boolean } {
  if (/VALUE=DATE(?!-TIME)/.test(params) || /^\d{8}$/.test(value)) {
    return { d: new Date(Date.UTC(+value.slice(0, 4), +value.slice(4, 6) - 1, +value.slice(6, 8))), allDay: true };
  }
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z)?$/.exec(value);
  if (!m) return { d: new Date(value), allDay: false };
  const [, y, mo, da, h, mi, s, z] = m;
  return { d: z ? new Date(Date.UTC(+y, +mo - 1, +da, +h, +mi, +s)) : new Date(+y, +mo - 1, +da, +h, +mi, +s), allDay: false };
}

export function parseIcs(text: string): CalEvent[] {
  const out: CalEvent[] = [];
  let cur: Partial<CalEvent> | null = null;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') cur = {};
    else if (line === 'END:VEVENT' && cur) {
      if (cur.start) out.push({ summary: cur.summary || '(no title)', start: cur.start, end: cur.end || cur.start, location: cur.location, allDay: !!cur.allDay });
      cur = null;
    } else if (cur) {
      const i = line.indexOf(':');
      if (i < 0) continue;
      const [name, ...params] = line.slice(0, i).split(';');
      const value = line.slice(i + 1).replace(/\\n/g, '\n').replace(/\\,/g, ',').replace(/\\;/g, ';');
      if (name === 'SUMMARY') cur.summary = value;
      else if (name === 'LOCATION') cur.location = value;
      else if (name === 'DTSTART') { const r = parseDate(value, params.join(';')); cur.start = r.d; cur.allDay = r.allDay; }
      else if (name === 'DTEND') cur.end = parseDate(value, params.join(';')).d;
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}
