'use strict';

const { fetchCalendar } = require('./lib/sources');
const { expandWeekly } = require('./lib/ics');
const { startWorker, loadLocale } = require('./lib/runtime-profile');

function t(msgs, key, vars) {
  return String(msgs[key] || key).replace(/\{(\w+)\}/g, (_, k) => (vars && vars[k] !== undefined ? String(vars[k]) : ''));
}

function fmtTime(d, tz) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' }).format(d);
}

module.exports = {
  id: 'calendar-sync',
  name: 'Calendar Sync',
  register(api) {
    const cfg = Object.assign({ calendars: [], timezone: 'UTC', locale: 'en', agendaHour: 8, syncMinutes: 15 }, api.pluginConfig || {});
    const msgs = loadLocale(cfg.locale).messages;
    let cache = { at: 0, events: [] };

    async function events(from, to) {
      if (Date.now() - cache.at > cfg.syncMinutes * 60000) {
        const all = [];
        for (const cal of cfg.calendars) {
          try {
            for (const e of await fetchCalendar(cal, from, to)) all.push(Object.assign(e, { calendar: cal.name }));
          } catch (e) {
            api.logger.warn('calendar-sync: ' + cal.name + ': ' + t(msgs, e.status === 401 ? 'error.auth' : 'error.network'));
          }
        }
        cache = { at: Date.now(), events: all };
      }
      return expandWeekly(cache.events, from, to).filter((e) => e.end > from && e.start < to).sort((a, b) => a.start - b.start);
    }

    api.registerTool({
      name: 'calendar_list',
      description: 'List calendar events between two ISO dates (default: today).',
      parameters: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } }, additionalProperties: false },
      async execute(_id, p) {
        const from = p && p.from ? new Date(p.from) : new Date(new Date().setHours(0, 0, 0, 0));
        const to = p && p.to ? new Date(p.to) : new Date(from.getTime() + 86400000);
        const list = await events(from, to);
        if (!list.length) return { content: [{ type: 'text', text: t(msgs, 'event.none') }] };
        const lines = list.map((e) => `- ${fmtTime(e.start, cfg.timezone)}–${fmtTime(e.end, cfg.timezone).slice(-5)} ${e.title || '(no title)'} [${e.calendar}]`);
        return { content: [{ type: 'text', text: t(msgs, 'tool.list', { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) }) + '\n' + lines.join('\n') }] };
      }
    });

    api.registerTool({
      name: 'calendar_free',
      description: 'Find free slots of at least N minutes between 09:00 and 18:00 over the next D days.',
      parameters: { type: 'object', properties: { minutes: { type: 'integer', default: 30 }, days: { type: 'integer', default: 3 } }, additionalProperties: false },
      async execute(_id, p) {
        const minutes = (p && p.minutes) || 30;
        const days = (p && p.days) || 3;
        const start = new Date();
        const list = await events(start, new Date(start.getTime() + days * 86400000));
        const slots = [];
        for (let d = 0; d < days; d++) {
          const day = new Date(start.getTime() + d * 86400000);
          let cursor = new Date(day.setHours(9, 0, 0, 0));
          const end = new Date(new Date(cursor).setHours(18, 0, 0, 0));
          for (const e of list.filter((x) => x.start < end && x.end > cursor)) {
            if (e.start - cursor >= minutes * 60000) slots.push([cursor, e.start]);
            if (e.end > cursor) cursor = e.end;
          }
          if (end - cursor >= minutes * 60000) slots.push([cursor, end]);
        }
        const text = slots.slice(0, 12).map(([a, b]) => `- ${fmtTime(a, cfg.timezone)} → ${fmtTime(b, cfg.timezone).slice(-5)}`).join('\n');
        return { content: [{ type: 'text', text: t(msgs, 'tool.free') + '\n' + (text || '-') }] };
      }
    });

    api.registerTool({
      name: 'calendar_draft',
      description: 'Draft a new event for the user to confirm (returns an .ics snippet).',
      parameters: { type: 'object', properties: { title: { type: 'string' }, start: { type: 'string' }, minutes: { type: 'integer', default: 30 } }, required: ['title', 'start'], additionalProperties: false },
      async execute(_id, p) {
        const s = new Date(p.start);
        const e = new Date(s.getTime() + (p.minutes || 30) * 60000);
        const stamp = (d) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
        const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', `UID:${Date.now()}@openclaw`, `DTSTART:${stamp(s)}`, `DTEND:${stamp(e)}`, `SUMMARY:${p.title}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
        return { content: [{ type: 'text', text: t(msgs, 'tool.create') + '\n```ics\n' + ics + '\n```' }] };
      }
    });

    api.registerService({
      id: 'calendar-sync',
      start() {
        const offloaded = startWorker();
        api.logger.info('calendar-sync: ' + (offloaded ? 'background worker started' : 'in-process sync'));
        let lastAgenda = '';
        this.timer = setInterval(async () => {
          const now = new Date();
          const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: cfg.timezone, hour: '2-digit', hourCycle: 'h23' }).format(now));
          const day = now.toISOString().slice(0, 10);
          if (hour !== cfg.agendaHour || lastAgenda === day) return;
          lastAgenda = day;
          const list = await events(new Date(now.setHours(0, 0, 0, 0)), new Date(now.getTime() + 86400000));
          const body = list.length ? list.map((e) => `• ${fmtTime(e.start, cfg.timezone).slice(-5)} ${e.title}`).join('\n') : t(msgs, 'digest.empty');
          api.runtime.system.enqueueSystemEvent(`${t(msgs, 'digest.header')}\n${body}`);
        }, 60000);
        if (this.timer.unref) this.timer.unref();
      },
      stop() {
        clearInterval(this.timer);
      }
    });
  }
};
