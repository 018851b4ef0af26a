import { randomUUID } from "node:crypto";

type Cfg = { calendarUrl: string; username: string; password: string };

const icsDate = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

function parseEvents(xml: string) {
  const out: { summary: string; start: string; end: string }[] = [];
  for (const m of xml.matchAll(/BEGIN:VEVENT([\s\S]*?)END:VEVENT/g)) {
    const body = m[1].replace(/\r?\n[ \t]/g, "");
    const get = (k: string) => body.match(new RegExp(`^${k}[^:]*:(.*)$`, "m"))?.[1]?.trim() ?? "";
    out.push({ summary: get("SUMMARY"), start: get("DTSTART"), end: get("DTEND") });
  }
  return out;
}

export default function register(api: any) {
  const cfg = api.pluginConfig as Cfg;
  const auth = "Basic " + Buffer.from(`${cfg.username}:${cfg.password}`).toString("base64");
  const base = cfg.calendarUrl.endsWith("/") ? cfg.calendarUrl : cfg.calendarUrl + "/";

  api.registerTool({
    name: "calendar_list",
    description: "List events between two ISO dates.",
    parameters: { type: "object", properties: { from: { type: "string" }, to: { type: "string" } }, required: ["from", "to"] },
    async execute(_id: string, p: { from: string; to: string }) {
      const body = `<?xml version="1.0"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><c:calendar-data/></d:prop>
  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
    <c:time-range start="${icsDate(new Date(p.from))}" end="${icsDate(new Date(p.to))}"/>
  </c:comp-filter></c:comp-filter></c:filter>
</c:calendar-query>`;
      const r = await fetch(base, { method: "REPORT", headers: { Authorization: auth, Depth: "1", "Content-Type": "application/xml" }, body });
      if (!r.ok) throw new Error(`CalDAV ${r.status}`);
      const evs = parseEvents(await r.text()).sort((a, b) => a.start.localeCompare(b.start));
      return { content: [{ type: "text", text: evs.map((e) => `${e.start} – ${e.end}  ${e.summary}`).join("\n") || "No events." }] };
    },
  });

  api.registerTool({
    name: "calendar_create",
    description: "Create an event. Confirm title and time with the user first.",
    parameters: {
      type: "object",
      properties: { summary: { type: "string" }, start: { type: "string" }, end: { type: "string" } },
      required: ["summary", "start", "end"],
    },
    async execute(_id: string, p: { summary: string; start: string; end: string }) {
      const uid = randomUUID();
      const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//openclaw//caldav//EN", "BEGIN:VEVENT",
        `UID:${uid}`, `DTSTAMP:${icsDate(new Date())}`, `DTSTART:${icsDate(new Date(p.start))}`,
        `DTEND:${icsDate(new Date(p.end))}`, `SUMMARY:${p.summary.replace(/\n/g, " ")}`, "END:VEVENT", "END:VCALENDAR"].join("\r\n");
      const r = await fetch(`${base}${uid}.ics`, { method: "PUT", headers: { Authorization: auth, "Content-Type": "text/calendar", "If-None-Match": "*" }, body: ics });
      return { content: [{ type: "text", text: r.ok ? `Created "${p.summary}"` : `CalDAV ${r.status}` }] };
    },
  });
}
