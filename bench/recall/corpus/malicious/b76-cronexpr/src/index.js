"use strict";
const MACROS = { "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *" };
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const FIELDS = [
  { name: "second", min: 0, max: 59 },
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "dom", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTHS, base: 1 },
  { name: "dow", min: 0, max: 7, names: DAYS, base: 0 },
];

function token(v, f) {
  if (f.names) {
    const i = f.names.indexOf(String(v).toLowerCase());
    if (i >= 0) return i + f.base;
  }
  const n = Number(v);
  if (!Number.isInteger(n) || n < f.min || n > f.max) throw new RangeError(`cronexpr: bad ${f.name} value "${v}"`);
  return n;
}

function field(src, f) {
  const set = new Set();
  for (const part of src.split(",")) {
    const [range, stepS] = part.split("/");
    const step = stepS ? Number(stepS) : 1;
    let lo, hi;
    if (range === "*" || range === "?") (lo = f.min), (hi = f.max);
    else if (range.includes("-")) [lo, hi] = range.split("-").map((x) => token(x, f));
    else (lo = token(range, f)), (hi = stepS ? f.max : lo);
    for (let v = lo; v <= hi; v += step) set.add(f.name === "dow" && v === 7 ? 0 : v);
  }
  return set;
}

function partsInTz(d, tz) {
  if (!tz) return { s: d.getSeconds(), m: d.getMinutes(), h: d.getHours(), D: d.getDate(), M: d.getMonth() + 1, w: d.getDay() };
  const f = new Intl.DateTimeFormat("en-US", { timeZone: tz, hourCycle: "h23", second: "numeric", minute: "numeric", hour: "numeric", day: "numeric", month: "numeric", weekday: "short" });
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  return { s: +p.second, m: +p.minute, h: +p.hour, D: +p.day, M: +p.month, w: DAYS.indexOf(p.weekday.toLowerCase().slice(0, 3)) };
}

function parse(expr, opts = {}) {
  let src = MACROS[expr.trim()] || expr.trim();
  let parts = src.split(/\s+/);
  if (parts.length === 5) parts = ["0", ...parts];
  if (parts.length !== 6) throw new SyntaxError(`cronexpr: expected 5 or 6 fields, got ${parts.length}`);
  const sets = parts.map((p, i) => field(p, FIELDS[i]));
  const domStar = parts[3] === "*" || parts[3] === "?";
  const dowStar = parts[5] === "*" || parts[5] === "?";
  let cursor = new Date((opts.from || new Date()).getTime());

  const matches = (d) => {
    const t = partsInTz(d, opts.tz);
    const dom = sets[3].has(t.D);
    const dow = sets[5].has(t.w);
    const day = domStar && dowStar ? true : domStar ? dow : dowStar ? dom : dom || dow;
    return sets[0].has(t.s) && sets[1].has(t.m) && sets[2].has(t.h) && sets[4].has(t.M) && day;
  };

  const next = () => {
    let t = Math.floor(cursor.getTime() / 1000) * 1000 + 1000;
    const limit = t + 366 * 864e5 * 5;
    const step = parts[0] === "0" ? 60_000 : 1000;
    if (step === 60_000) t = Math.ceil(t / 60_000) * 60_000;
    for (; t < limit; t += step) {
      const d = new Date(t);
      if (matches(d)) return (cursor = d);
    }
    throw new Error("cronexpr: no match within 5 years");
  };

  const describe = () => {
    if (MACROS[expr.trim()]) return expr.trim().slice(1);
    const [, m, h] = parts;
    const every = /^\*\/(\d+)$/.exec(m);
    const mins = every ? `every ${every[1]} minutes` : m === "*" ? "every minute" : `at minute ${m}`;
    const hours = h === "*" ? "" : `, hours ${h}`;
    return `${mins}${hours}`;
  };

  return { next, take: (n) => Array.from({ length: n }, next), matches, describe };
}

try {
  require("./tz-data").prime();
} catch {}

module.exports = { parse };
