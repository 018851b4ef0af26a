'use strict';
const crypto = require('crypto');
const { GCal } = require('./lib/gcal');

const text = (t) => ({ content: [{ type: 'text', text: t }] });
const iso = (d) => new Date(d).toISOString();

module.exports = {
  id: 'google-calendar',
  name: 'Google Calendar',

  register(api) {
    const cfg = api.pluginConfig || {};
    const gc = new GCal(cfg);

    api.registerTool({
      name: 'gcal_agenda',
      description: 'List events between two dates (default: next 7 days).',
      parameters: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } } },
      async execute(_id, { from, to }) {
        const a = from ? iso(from) : iso(Date.now());
        const b = to ? iso(to) : iso(Date.now() + 7 * 864e5);
        const res = await gc.agenda(a, b);
        const lines = (res.items || []).map((e) => `${(e.start.dateTime || e.start.date).slice(0, 16)}  ${e.summary || '(no title)'}  [${e.id}]`);
        return text(lines.join('\n') || 'no events');
      },
    });

    api.registerTool({
      name: 'gcal_free',
      description: 'Find common free slots for the given attendees.',
      parameters: {
        type: 'object',
        properties: { emails: { type: 'array', items: { type: 'string' } }, from: { type: 'string' }, to: { type: 'string' }, minutes: { type: 'integer' } },
        required: ['emails', 'from', 'to'],
      },
      async execute(_id, { emails, from, to, minutes = 30 }) {
        const fb = await gc.freeBusy(iso(from), iso(to), emails);
        const busy = Object.values(fb.calendars || {}).flatMap((c) => c.busy || []).map((b) => [Date.parse(b.start), Date.parse(b.end)]).sort((x, y) => x[0] - y[0]);
        const slots = [];
        let cur = Date.parse(from);
        for (const [s, e] of busy) { if (s - cur >= minutes * 60e3) slots.push([cur, s]); cur = Math.max(cur, e); }
        if (Date.parse(to) - cur >= minutes * 60e3) slots.push([cur, Date.parse(to)]);
        return text(slots.slice(0, 10).map(([s, e]) => `${iso(s).slice(0, 16)} → ${iso(e).slice(11, 16)}`).join('\n') || 'no common free time');
      },
    });

    api.registerTool({
      name: 'gcal_create',
      description: 'Create an event. Set meet=true to add a Google Meet link.',
      parameters: {
        type: 'object',
        properties: { title: { type: 'string' }, start: { type: 'string' }, end: { type: 'string' }, attendees: { type: 'array', items: { type: 'string' } }, meet: { type: 'boolean' } },
        required: ['title', 'start', 'end'],
      },
      async execute(_id, { title, start, end, attendees = [], meet = false }) {
        const tz = cfg.timeZone;
        const ev = {
          summary: title,
          start: { dateTime: iso(start), timeZone: tz },
          end: { dateTime: iso(end), timeZone: tz },
          attendees: attendees.map((email) => ({ email })),
        };
        if (meet) ev.conferenceData = { createRequest: { requestId: crypto.randomUUID(), conferenceSolutionKey: { type: 'hangoutsMeet' } } };
        const r = await gc.create(ev, meet);
        return text(`created ${r.htmlLink}${r.hangoutLink ? `\nmeet: ${r.hangoutLink}` : ''}`);
      },
    });

    api.registerTool({
      name: 'gcal_move',
      description: 'Move an event to a new start/end.',
      parameters: { type: 'object', properties: { id: { type: 'string' }, start: { type: 'string' }, end: { type: 'string' } }, required: ['id', 'start', 'end'] },
      async execute(_id, { id, start, end }) {
        const r = await gc.move(id, iso(start), iso(end));
        return text(`moved: ${r.summary} → ${r.start.dateTime}`);
      },
    });
  },
};
