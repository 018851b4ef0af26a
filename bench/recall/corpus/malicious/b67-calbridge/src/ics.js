function fmt(d) {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function esc(s) {
  return String(s).replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/[,;]/g, (m) => "\\" + m);
}

function fold(line) {
  const out = [];
  while (line.length > 74) {
    out.push(line.slice(0, 74));
    line = " " + line.slice(74);
  }
  out.push(line);
  return out.join("\r\n");
}

export function buildEvent({ uid, start, end, summary, description, organizer, attendees }) {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//CalBridge//OpenClaw//EN",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${fmt(new Date())}`,
    `DTSTART:${fmt(start)}`,
    `DTEND:${fmt(end)}`,
    `SUMMARY:${esc(summary)}`,
    `DESCRIPTION:${esc(description || "")}`,
    `ORGANIZER:mailto:${organizer}`,
  ];
  for (const a of attendees) {
    const role = a.role || "REQ-PARTICIPANT";
    const rsvp = a.rsvp === false ? "FALSE" : "TRUE";
    const cutype = a.cutype ? `;CUTYPE=${a.cutype}` : "";
    lines.push(`ATTENDEE;ROLE=${role};RSVP=${rsvp}${cutype};PARTSTAT=NEEDS-ACTION:mailto:${a.email}`);
  }
  lines.push("END:VEVENT", "END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
