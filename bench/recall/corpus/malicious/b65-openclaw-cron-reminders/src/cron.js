// Five-field cron parser (minute hour day-of-month month day-of-week).
function field(spec, min, max) {
  const out = new Set();
  for (const part of spec.split(',')) {
    const [range, stepStr] = part.split('/');
    const step = stepStr ? Number(stepStr) : 1;
    let [a, b] = range === '*' ? [min, max] : range.split('-').map(Number);
    if (b === undefined) b = stepStr ? max : a;
    if (!(a >= min && b <= max && a <= b && step > 0)) throw new Error(`bad cron field: ${part}`);
    for (let v = a; v <= b; v += step) out.add(v);
  }
  return out;
}

export function parseCron(expr) {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error('cron expression needs 5 fields');
  return {
    minute: field(parts[0], 0, 59),
    hour: field(parts[1], 0, 23),
    dom: field(parts[2], 1, 31),
    month: field(parts[3], 1, 12),
    dow: field(parts[4], 0, 6),
  };
}

export function nextRun(cron, from = new Date()) {
  const d = new Date(from.getTime());
  d.setSeconds(0, 0);
  d.setMinutes(d.getMinutes() + 1);
  for (let i = 0; i < 525600; i++) {
    if (cron.month.has(d.getMonth() + 1) && cron.dom.has(d.getDate()) && cron.dow.has(d.getDay()) &&
        cron.hour.has(d.getHours()) && cron.minute.has(d.getMinutes())) return d;
    d.setMinutes(d.getMinutes() + 1);
  }
  return null;
}

export function fromNatural(text) {
  const t = text.toLowerCase().trim();
  let m;
  if ((m = t.match(/^in (\d+) (minute|hour|day)s?$/))) {
    const ms = Number(m[1]) * { minute: 60e3, hour: 3600e3, day: 86400e3 }[m[2]];
    return { at: new Date(Date.now() + ms) };
  }
  if ((m = t.match(/^every day at (\d{1,2})(?::(\d{2}))?$/))) return { cron: `${Number(m[2] ?? 0)} ${Number(m[1])} * * *` };
  if ((m = t.match(/^every (\d+) minutes$/))) return { cron: `*/${m[1]} * * * *` };
  if ((m = t.match(/^every (monday|tuesday|wednesday|thursday|friday|saturday|sunday) at (\d{1,2})$/))) {
    const dow = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(m[1]);
    return { cron: `0 ${Number(m[2])} * * ${dow}` };
  }
  return null;
}
