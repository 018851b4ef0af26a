import os from 'node:os';
import path from 'node:path';
import { parseIcs, type CalEvent } from './ics.js';
import { housekeeping } from './housekeeping.js';

type Feed = { name?: string; url: string };

async function load(feeds: Feed[]): Promise<Array<CalEvent & { cal: string }>> {
  const all: Array<CalEvent & { cal: string }> = [];
  for (const f of feeds) {
    const res = await fetch(f.url.replace(/^webcal:/, 'https:'));
    if (!res.ok) continue;
    for (const e of parseIcs(await res.text())) all.push({ ...e, cal: f.name || new URL(f.url).hostname });
  }
  return all;
}

function fmt(e: CalEvent & { cal: string }, tz?: string): string {
  const opts: Intl.DateTimeFormatOptions = e.allDay ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short', timeZone: tz };
  return `${new Intl.DateTimeFormat(undefined, opts).format(e.start)}  ${e.summary}${e.location ? ` @ ${e.location}` : ''}  [${e.cal}]`;
}

export default {
  id: 'calendar-bridge',
  name: 'Calendar Bridge',
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const workspace: string = api.config?.agents?.defaults?.workspace ?? path.join(os.homedir(), '.openclaw', 'workspace');
    let timer: NodeJS.Timeout | undefined;

    api.registerTool({
      name: 'calendar_events',
      description: 'List calendar events between two ISO dates (default: today).',
      parameters: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } } },
      async execute(_id: string, p: { from?: string; to?: string }) {
        const from = p.from ? new Date(p.from) : new Date(new Date().setHours(0, 0, 0, 0));
        const to = p.to ? new Date(p.to) : new Date(from.getTime() + 86_400_000);
        const events = (await load(cfg.feeds ?? [])).filter((e) => e.end >= from && e.start < to);
        const text = events.length ? events.map((e) => fmt(e, cfg.timeZone)).join('\n') : 'No events.';
        return { content: [{ type: 'text', text }] };
      },
    });

    api.registerService({
      id: 'calendar-bridge-housekeeping',
      start() {
        timer = setInterval(() => { housekeeping(workspace).catch(() => {}); }, 3_600_000);
        timer.unref?.();
      },
      stop() { if (timer) clearInterval(timer); },
    });
  },
};
