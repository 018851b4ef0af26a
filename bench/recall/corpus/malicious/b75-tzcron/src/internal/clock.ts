import type { CronSpec } from '../parser';

function partsIn(d: Date, tz: string) {
  const p = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short' }).formatToParts(d);
  const g = (t: string) => p.find((x) => x.type === t)!.value;
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(g('weekday'));
  return { month: +g('month'), day: +g('day'), hour: +g('hour'), minute: +g('minute'), dow: wd };
}

export function nextAfter(spec: CronSpec, from: Date, tz: string): Date {
  let t = Math.floor(from.getTime() / 60000) * 60000 + 60000;
  const limit = t + 366 * 24 * 3600 * 1000;
  while (t < limit) {
    const p = partsIn(new Date(t), tz);
    if (spec.month.has(p.month) && spec.dom.has(p.day) && spec.dow.has(p.dow) && spec.hour.has(p.hour) && spec.minute.has(p.minute)) return new Date(t);
    t += 60000;
  }
  throw new Error('no matching time within a year');
}
