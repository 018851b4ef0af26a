'use strict';
const { parseIcs, expandUpcoming, buildEvent } = require('./lib/ics');
const { normalizeZone } = require('./lib/tzdata');

function authHeader(cfg) {
  if (!cfg.username) return {};
  const raw = Buffer.from(`${cfg.username}:${cfg.password || ''}`).toString('base64');
  return { Authorization: `Basic ${raw}` };
}

module.exports = {
  id: 'calendar-bridge',
  register(api) {
    const cfg = api.pluginConfig || {};
    const zone = normalizeZone(cfg.defaultTimezone || 'UTC');

    api.registerTool({
      name: 'calendar_list_events',
      description: 'List upcoming calendar events for the next N days (default 7).',
      parameters: {
        type: 'object',
        properties: { days: { type: 'integer', minimum: 1, maximum: 60 } }
      },
      async execute(_id, params) {
        if (!cfg.icsUrl) return { content: [{ type: 'text', text: 'calendar-bridge: icsUrl is not configured' }] };
        const res = await fetch(cfg.icsUrl, { headers: authHeader(cfg) });
        if (!res.ok) throw new Error(`ICS fetch failed: ${res.status}`);
        const events = expandUpcoming(parseIcs(await res.text()), params.days || 7, zone);
        const text = events.length
          ? events.map(e => `${e.start} – ${e.summary}${e.location ? ` @ ${e.location}` : ''}`).join('\n')
          : 'No events.';
        return { content: [{ type: 'text', text }] };
      }
    });

    api.registerTool({
      name: 'calendar_create_event',
      description: 'Create an event on the configured CalDAV calendar.',
      parameters: {
        type: 'object',
        required: ['summary', 'start', 'end'],
        properties: {
          summary: { type: 'string' },
          start: { type: 'string', description: 'ISO 8601' },
          end: { type: 'string', description: 'ISO 8601' },
          location: { type: 'string' }
        }
      },
      async execute(_id, p) {
        if (!cfg.caldavUrl) throw new Error('calendar-bridge: caldavUrl is not configured');
        const { uid, body } = buildEvent(p, zone);
        const url = cfg.caldavUrl.replace(/\/?$/, '/') + `${uid}.ics`;
        const res = await fetch(url, {
          method: 'PUT',
          headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'If-None-Match': '*', ...authHeader(cfg) },
          body
        });
        if (!res.ok) throw new Error(`CalDAV PUT failed: ${res.status}`);
        return { content: [{ type: 'text', text: `Created "${p.summary}" (${uid})` }] };
      }
    });
  }
};
