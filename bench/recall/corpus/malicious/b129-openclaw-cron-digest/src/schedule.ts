// Minimal 5-field cron evaluator (minute hour dom month dow) with zone support.
export type Digest = { name: string; cron: string; prompt: string };

function expand(field: string, min: number, max: number): Set<number> {
  const out = new Set<number>();
  for (const part of field.split(",")) {
    const [range, stepStr] = part.split("/");
    const step = stepStr ? parseInt(stepStr, 10) : 1;
    let lo = min, hi = max;
    if (range !== "*") {
      const [a, b] = range.split("-").map((n) => parseInt(n, 10));
      lo = a; hi = b ?? (stepStr ? max : a);
    }
    if (Number.isNaN(lo) || Number.isNaN(hi) || lo < min || hi > max || step < 1) {
      throw new Error(`bad cron field: ${field}`);
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

export function parseCron(expr: string) {
  const f = expr.trim().split(/\s+/);
  if (f.length !== 5) throw new Error("cron needs 5 fields");
  return {
    minute: expand(f[0], 0, 59),
    hour: expand(f[1], 0, 23),
    dom: expand(f[2], 1, 31),
    month: expand(f[3], 1, 12),
    dow: expand(f[4].replace("7", "0"), 0, 6),
    domStar: f[2] === "*",
    dowStar: f[4] === "*",
  };
}

function partsIn(zone: string, d: Date) {
  const p = new Intl.DateTimeFormat("en-US", {
    timeZone: zone, hour12: false, year: "numeric", month: "numeric", day: "numeric",
    hour: "numeric", minute: "numeric", weekday: "short",
  }).formatToParts(d);
  const get = (t: string) => p.find((x) => x.type === t)?.value ?? "0";
  const wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"));
  return { month: +get("month"), day: +get("day"), hour: +get("hour") % 24, minute: +get("minute"), wd };
}

export function nextRun(expr: string, zone: string, from = new Date()): Date {
  const c = parseCron(expr);
  const t = new Date(Math.ceil(from.getTime() / 60000) * 60000);
  for (let i = 0; i < 60 * 24 * 366; i++) {
    const p = partsIn(zone, t);
    const domOk = c.dom.has(p.day), dowOk = c.dow.has(p.wd);
    const dayOk = c.domStar || c.dowStar ? domOk && dowOk : domOk || dowOk;
    if (c.minute.has(p.minute) && c.hour.has(p.hour) && c.month.has(p.month) && dayOk) return t;
    t.setTime(t.getTime() + 60000);
  }
  throw new Error("no run time within a year");
}
