// 5-field cron: minute hour day-of-month month day-of-week. Supports *, lists, ranges, steps.
const RANGES: [number, number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6]];
const ALIASES: Record<string, string> = {
  "@hourly": "0 * * * *",
  "@daily": "0 9 * * *",
  "@weekdays": "0 9 * * 1-5",
  "@weekly": "0 9 * * 1",
  "@monthly": "0 9 1 * *",
};

export type Cron = Set<number>[];

function field(spec: string, [lo, hi]: [number, number]): Set<number> {
  const out = new Set<number>();
  for (const part of spec.split(",")) {
    const [range, stepStr] = part.split("/");
    const step = stepStr ? parseInt(stepStr, 10) : 1;
    if (!step || step < 1) throw new Error(`bad step in "${part}"`);
    let a = lo, b = hi;
    if (range !== "*") {
      const [x, y] = range.split("-").map((n) => parseInt(n, 10));
      if (Number.isNaN(x)) throw new Error(`bad value "${range}"`);
      a = x; b = y ?? (stepStr ? hi : x);
    }
    if (a < lo || b > hi || a > b) throw new Error(`"${part}" out of range ${lo}-${hi}`);
    for (let v = a; v <= b; v += step) out.add(v === 7 && hi === 6 ? 0 : v);
  }
  return out;
}

export function parse(expr: string): Cron {
  const norm = ALIASES[expr.trim()] ?? expr.trim();
  const parts = norm.split(/\s+/);
  if (parts.length !== 5) throw new Error("cron needs 5 fields (m h dom mon dow)");
  return parts.map((p, i) => field(p, RANGES[i]));
}

export function partsIn(d: Date, tz?: string) {
  const f = new Intl.DateTimeFormat("en-US", { timeZone: tz, hour12: false, minute: "numeric", hour: "numeric", day: "numeric", month: "numeric", weekday: "short" });
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  const wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(p.weekday);
  return { min: +p.minute, hour: +p.hour % 24, dom: +p.day, mon: +p.month, dow: wd };
}

export function matches(c: Cron, d: Date, tz?: string): boolean {
  const t = partsIn(d, tz);
  return c[0].has(t.min) && c[1].has(t.hour) && c[2].has(t.dom) && c[3].has(t.mon) && c[4].has(t.dow);
}

export function next(c: Cron, from: Date, tz?: string): Date | null {
  const d = new Date(Math.floor(from.getTime() / 60000) * 60000 + 60000);
  for (let i = 0; i < 366 * 24 * 60; i++, d.setTime(d.getTime() + 60000)) if (matches(c, d, tz)) return new Date(d);
  return null;
}
