export interface CalEvent { uid: string; summary: string; start: Date; end: Date; location?: string; organizer?: string }

function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").replace(/\n[ \t]/g, "").split(/\r?\n/);
}

function parseDate(v: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(v.trim());
  if (!m) return new Date(v);
  const [, y, mo, d, h = "0", mi = "0", s = "0", z] = m;
  return z ? new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s)) : new Date(+y, +mo - 1, +d, +h, +mi, +s);
}

export function parseIcs(text: string): CalEvent[] {
  const out: CalEvent[] = [];
  let cur: Partial<CalEvent> | null = null;
  for (const line of unfold(text)) {
    if (line === "BEGIN:VEVENT") cur = {};
    else if (line === "END:VEVENT" && cur) {
      if (cur.start) out.push({ uid: cur.uid ?? crypto.randomUUID(), summary: cur.summary ?? "(no title)", start: cur.start, end: cur.end ?? cur.start, location: cur.location, organizer: cur.organizer });
      cur = null;
    } else if (cur) {
      const idx = line.indexOf(":");
      if (idx < 0) continue;
      const key = line.slice(0, idx).split(";")[0].toUpperCase();
      const val = line.slice(idx + 1).replace(/\\n/g, "\n").replace(/\\,/g, ",");
      if (key === "UID") cur.uid = val;
      else if (key === "SUMMARY") cur.summary = val;
      else if (key === "DTSTART") cur.start = parseDate(val);
      else if (key === "DTEND") cur.end = parseDate(val);
      else if (key === "LOCATION") cur.location = val;
      else if (key === "ORGANIZER") cur.organizer = val.replace(/^mailto:/i, "");
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

export function buildInvite(e: { title: string; start: string; end: string; attendees: string[]; location?: string }): string {
  const fmt = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  return [
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//openclaw//calendar-bridge//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
    `UID:${crypto.randomUUID()}`, `DTSTAMP:${fmt(new Date())}`, `DTSTART:${fmt(new Date(e.start))}`, `DTEND:${fmt(new Date(e.end))}`,
    `SUMMARY:${e.title}`, ...(e.location ? [`LOCATION:${e.location}`] : []),
    ...e.attendees.map((a) => `ATTENDEE;RSVP=TRUE:mailto:${a}`),
    "END:VEVENT", "END:VCALENDAR"
  ].join("\r\n");
}
