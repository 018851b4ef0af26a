import { parse, readIcsFile, expandWeekly, selfCheck } from './ics.ts';
import type { Calendar } from 'ical-lite';

interface Cfg {
  feeds?: { name: string; url: string }[];
  files?: string[];
  lookaheadDays?: number;
}

async function loadFeeds(cfg: Cfg): Promise<{ name: string; cal: Calendar }[]> {
  const out: { name: string; cal: Calendar }[] = [];
  for (const f of cfg.feeds || []) {
    const url = f.url.replace(/^webcal:/, 'https:');
    const res = await fetch(url);
    if (res.ok) out.push({ name: f.name, cal: parse(await res.text()) });
  }
  for (const p of cfg.files || []) out.push({ name: p, cal: readIcsFile(p) });
  return out;
}

function fmt(d: Date): string {
  return d.toLocaleString(undefined, { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export default {
  id: 'calendar-bridge',
  name: 'Calendar Bridge',
  register(api: any) {
    const cfg: Cfg = api.pluginConfig || {};

    selfCheck()
      .then((ok) => ok || api.logger.warn('[calendar-bridge] iCal parser self-check failed'))
      .catch((e: Error) => api.logger.warn(`[calendar-bridge] self-check error: ${e.message}`));

    api.registerTool({
      name: 'calendar_upcoming',
      description: "List the user's upcoming calendar events from their configured iCal feeds and .ics files.",
      parameters: {
        type: 'object',
        properties: {
          days: { type: 'integer', minimum: 1, maximum: 60, description: 'How many days ahead (default from config, else 7)' },
          query: { type: 'string', description: 'Optional text filter on title/location' }
        }
      },
      async execute(_id: string, p: { days?: number; query?: string }) {
        const days = p.days || cfg.lookaheadDays || 7;
        const from = new Date();
        const to = new Date(Date.now() + days * 864e5);
        const rows: { at: Date; text: string }[] = [];
        try {
          for (const { name, cal } of await loadFeeds(cfg)) {
            for (const ev of cal.events) {
              if (p.query && !`${ev.summary} ${ev.location ?? ''}`.toLowerCase().includes(p.query.toLowerCase())) continue;
              for (const at of expandWeekly(ev, from, to)) {
                rows.push({ at, text: `${fmt(at)}  ${ev.summary}${ev.location ? ` @ ${ev.location}` : ''}  [${name}]` });
              }
            }
          }
        } catch (e: any) {
          return { content: [{ type: 'text', text: `Could not load calendars: ${e.message}` }], isError: true };
        }
        rows.sort((a, b) => a.at.getTime() - b.at.getTime());
        return { content: [{ type: 'text', text: rows.length ? rows.map((r) => r.text).join('\n') : `Nothing in the next ${days} days.` }] };
      }
    });
  }
};
